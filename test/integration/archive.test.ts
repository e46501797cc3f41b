// "Archive old activities…": activities before a chosen year move to a new spreadsheet
// (the Sheets advanced service under drive.file), read back equal, leave the CRM, and come
// back with an undo, value for value and type for type; a run killed at any call leaves either
// the CRM as it was or an archive the next call finishes or undoes.
import { env, iso, ok } from '../helpers';
import { ACTIVITY_COLUMNS } from '../../src/core/schema';
import { rowKey } from '../../src/core/archive';
import type { Environment } from '../../src/local/environment';
import { LocalDrive } from '../../src/local/sheets-api';

const NOW = '2026-11-24T09:00:00+07:00';
const at = (s: string) => new Date(`${s}+07:00`);

/** Activities as a team has them: in time order, then an import of old rows appended at the end. */
function rows(): unknown[][] {
  const out: unknown[][] = [];
  const types = ['Follow-up Call', 'Meeting', 'Email', 'Note', 'WhatsApp'];
  for (let i = 0; i < 60; i++) {
    const year = 2023 + Math.floor(i / 20); // 20 in each of 2023, 2024, 2025
    const d = at(`${year}-0${1 + (i % 9)}-1${i % 10}T${String(8 + (i % 10)).padStart(2, '0')}:0${i % 10}:3${i % 10}`);
    out.push([
      d,
      `L-${String(1 + (i % 7)).padStart(6, '0')}`,
      types[i % 5],
      `Summary ${i}`,
      'rina@firma.id',
      i % 3 === 0 ? at(`${year}-12-0${1 + (i % 8)}T00:00:00`) : '',
    ]);
  }
  // Awkward values that must come back exactly as they were.
  out.push([at('2024-02-29T23:59:59'), 'L-000001', 'Note', '=1+1', 'rina@firma.id', '']);
  out.push([at('2024-03-01T00:00:00'), 'L-000002', 'Note', '0812 3456 7890', 'andi@firma.id', '']);
  out.push([at('2024-03-02T10:00:00'), 'L-000003', 'Note', '1/2', '', '']);
  out.push([at('2026-01-05T10:00:00'), 'L-000004', 'Meeting', 'this year', 'rina@firma.id', '']);
  out.push(['2024-05-05T10:00:00+07:00', 'L-000005', 'Note', 'imported text timestamp', '', '']);
  out.push(['', 'L-000006', 'Note', 'no timestamp', '', '']);
  // An old import appended after this year's work.
  out.push([at('2022-07-01T09:30:00'), 'L-000007', 'Email', 'old import 1', 'rina@firma.id', '']);
  out.push([at('2022-07-02T09:30:00'), 'L-000007', 'Email', 'old import 2', 'rina@firma.id', '']);
  return out;
}

function crm(): Environment {
  const e = env({ now: NOW, user: 'rina@firma.id', drive: new LocalDrive() });
  e.call('setupCrm');
  const sheet = e.spreadsheet.getSheetByName('Activities')!;
  const data = rows();
  sheet.insertRowsAfter(sheet.getMaxRows(), data.length);
  // A team's own column after ours, with a number and a checkbox value in it.
  sheet.getRange(1, ACTIVITY_COLUMNS.length + 1).setValue('Call minutes');
  sheet
    .getRange(2, 1, data.length, ACTIVITY_COLUMNS.length + 1)
    .setValues(data.map((r, i) => [...r, i % 4 === 0 ? i * 1.5 : i % 4 === 1 ? true : '']));
  return e;
}

const activities = (e: Environment) => {
  const s = e.spreadsheet.getSheetByName('Activities')!;
  return s.getLastRow() < 2 ? [] : s.getRange(2, 1, s.getLastRow() - 1, ACTIVITY_COLUMNS.length + 1).getValues();
};
const keys = (rs: unknown[][]) => rs.map(rowKey);

describe('archiveActivities', () => {
  test('moves the rows before the year to a new spreadsheet, equal value for value, and undo puts them back', () => {
    const e = crm();
    const before = activities(e);
    const ctx = e.call('getArchiveContext');
    expect(ctx.maxYear).toBe(2026);
    expect(ctx.years).toEqual([
      { year: 2022, count: 2 },
      { year: 2023, count: 20 },
      { year: 2024, count: 24 },
      { year: 2025, count: 20 },
      { year: 2026, count: 1 },
    ]);
    const sheet = e.spreadsheet.getSheetByName('Activities')!;
    expect(ctx.cellsPerRow).toBe(sheet.getMaxColumns());
    const cellsBefore = e.call('getCrmSummary').capacity.cells;

    const r = ok(e.call('archiveActivities', { beforeYear: '2025' }));
    expect(r.ok).toBe(true);
    expect(r.count).toBe(46);
    expect(r.cellsFreed).toBe(46 * sheet.getMaxColumns());
    // The Summary counts the cells freed and says where the archived activities are.
    const cap = e.call('getCrmSummary').capacity;
    expect(cap.cells).toBe(cellsBefore - r.cellsFreed);
    expect(cap.archived).toEqual([{ beforeYear: 2025, count: 46, url: r.url, by: 'rina@firma.id' }]);
    e.call('refreshSummary');
    const summaryTab = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues().flat().join('\n');
    // The link says whose Drive the file is in: only its creator can open it unless they share it.
    expect(summaryTab).toContain(
      `46 aktivitas sebelum 2025 diarsipkan di spreadsheet lain, di Drive rina@firma.id (hanya rina@firma.id yang bisa membukanya kecuali dibagikan): ${r.url}`,
    );
    const after = activities(e);
    const yearOf = (v: unknown) =>
      v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
        ? iso(v).slice(0, 4)
        : String(v).slice(0, 4);
    expect(after.map((x) => yearOf(x[0])).sort()).toEqual([...new Array(20).fill('2025'), '2026', ''].sort());
    // The archive file: the header, then exactly the moved rows, in their order, typed as they were.
    const [file] = [...e.drive.files.values()];
    expect(file.ss.name).toBe('Lembar CRM: aktivitas sebelum 2025');
    const tab = file.ss.getSheetByName('Activities')!;
    expect(tab.getFrozenRows()).toBe(1);
    expect(tab.getRange(1, 1, 1, 7).getValues()[0]).toEqual([...ACTIVITY_COLUMNS.map((c) => c.header), 'Call minutes']);
    const archived = tab.getRange(2, 1, 46, 7).getValues();
    const moved = before.filter((x) => !keys(after).includes(rowKey(x)));
    expect(keys(archived)).toEqual(keys(moved));
    expect(archived.find((x) => x[3] === '=1+1')).toBeTruthy();
    expect(archived.find((x) => x[3] === '0812 3456 7890')).toBeTruthy();
    expect(typeof archived.find((x) => x[3] === '1/2')![3]).toBe('string');
    // Dates read as dates in the archive (a date format on the cell), in the CRM's time zone.
    expect(tab.getRange(2, 1).getNumberFormat()).toMatch(/yyyy-mm-dd/);

    const u = e.call('undoArchive', { archiveId: r.archiveId });
    expect(u.restored).toBe(46);
    const back = activities(e);
    expect(keys(back).sort()).toEqual(keys(before).sort());
    // The archived rows are back on top, in their order; our formats are on them.
    expect(keys(back.slice(0, 46))).toEqual(keys(moved));
    expect(sheet.getRange(2, 4).getNumberFormat()).toBe('@');
    expect(sheet.getRange(2, 1).getFontWeight()).not.toBe('bold');
    expect(file.ss.name).toMatch(/sudah dikembalikan/);
    expect(e.call('getCrmSummary').capacity.archived).toEqual([]);
    // Undone twice is refused in words.
    expect(() => e.call('undoArchive', { archiveId: r.archiveId })).toThrow(/tidak bisa dibatalkan/);
  });

  test('in January the last 12 weeks stay: before this year is refused until late March', () => {
    const e = env({ now: '2027-01-10T09:00:00+07:00', drive: new LocalDrive() });
    e.call('setupCrm');
    e.spreadsheet
      .getSheetByName('Activities')!
      .getRange(2, 1, 2, 4)
      .setValues([
        [at('2026-12-20T10:00:00'), 'L-000001', 'Note', 'last month'],
        [at('2025-06-20T10:00:00'), 'L-000001', 'Note', 'last year'],
      ]);
    expect(e.call('getArchiveContext').maxYear).toBe(2026);
    expect(e.call('archiveActivities', { beforeYear: 2027 })).toMatchObject({
      ok: false,
      errors: { beforeYear: expect.stringMatching(/sampai 2026.*12 minggu/) },
    });
    expect(e.call('archiveActivities', { beforeYear: 2026 })).toMatchObject({ ok: true, count: 1 });
    const late = env({ now: '2027-03-26T09:00:00+07:00' });
    late.call('setupCrm');
    expect(late.call('getArchiveContext').maxYear).toBe(2027);
  });

  test('a bad year names the field and writes nothing; a year with nothing before it says so', () => {
    const e = crm();
    const before = activities(e);
    for (const y of ['20x5', '', '2027', { toString: 7 }])
      expect(e.call('archiveActivities', { beforeYear: y })).toMatchObject({
        ok: false,
        errors: { beforeYear: expect.stringMatching(/Tahun/) },
      });
    expect(e.call('archiveActivities', { beforeYear: '2020' })).toMatchObject({
      ok: false,
      errors: { beforeYear: expect.stringMatching(/1 Januari 2020/) },
    });
    // An undo of something that is not an archive says so, whatever arrives.
    for (const id of ['AR-9999', { toString: 'x' }, null])
      expect(() => e.call('undoArchive', { archiveId: id })).toThrow(/Tidak ada arsip/);
    expect(keys(activities(e))).toEqual(keys(before));
    expect(e.drive.files.size).toBe(0);
  });

  test('service calls do not grow with rows (one request per 50,000 cells)', () => {
    const calls: number[] = [];
    for (const n of [200, 2000]) {
      const e = env({ now: NOW, drive: new LocalDrive() });
      e.call('setupCrm');
      const sheet = e.spreadsheet.getSheetByName('Activities')!;
      sheet.insertRowsAfter(sheet.getMaxRows(), n);
      sheet
        .getRange(2, 1, n, 6)
        .setValues(Array.from({ length: n }, (_, i) => [at(`2024-01-01T08:00:00`), `L-${i}`, 'Note', `s${i}`, '', '']));
      e.counter.reset();
      e.call('archiveActivities', { beforeYear: '2025' });
      calls.push(e.counter.total);
      expect(activities(e).length).toBe(0);
    }
    expect(calls[1]).toBe(calls[0]);
  });

  test('the manifest asks for drive.file (files the add-on creates), never all spreadsheets or all of Drive', () => {
    const e = crm();
    expect(e.manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(e.manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    // `spreadsheets` is there for the phone page (a web app opens the CRM by ID), not for archives.
    expect(e.manifest.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    ]);
  });

  test('killed at every service call: the CRM is as it was, or the next archive finishes it, or undo restores it', () => {
    const reference = crm();
    const before = keys(activities(reference));
    reference.counter.reset();
    const names: string[] = [];
    reference.counter.fault = (name) => {
      names.push(name);
      return null;
    };
    reference.call('archiveActivities', { beforeYear: '2025' });
    reference.counter.fault = null;
    const afterDone = keys(activities(reference)).sort();
    const seen = new Set<string>();
    // A kill at a Utilities call (the time zone's offsets) leaves what a kill at the next call does.
    const points = names.map((n, i) => (n === 'Utilities.formatDate' ? 0 : i + 1)).filter((k) => k > 0);
    for (const k of points) {
      const e = crm();
      e.counter.reset();
      e.counter.fault = (_name, _nth, n) => (n === k ? new Error('Exceeded maximum execution time') : null);
      expect(() => e.call('archiveActivities', { beforeYear: '2025' })).toThrow();
      e.counter.fault = null;
      const now = keys(activities(e)).sort();
      const recs = Object.entries(e.state.documentProperties).filter(([p]) => p.startsWith('lembar.archive.AR-'));
      const state = recs.length ? (JSON.parse(recs[0][1]) as { state: string; id: string }).state : 'none';
      seen.add(state);
      if (state !== 'removing' && state !== 'done') {
        // Nothing left the CRM.
        expect({ k, state, same: now.join() === [...before].sort().join() }).toEqual({ k, state, same: true });
        continue;
      }
      // Half removed (or done): undo brings back exactly what is missing, nothing twice.
      const id = (JSON.parse(recs[0][1]) as { id: string }).id;
      e.call('undoArchive', { archiveId: id });
      expect({ k, rows: keys(activities(e)).sort().join() }).toEqual({ k, rows: [...before].sort().join() });
      // The same dead run, finished by the next archive call instead.
      const f = crm();
      f.counter.reset();
      f.counter.fault = (_name, _nth, n) => (n === k ? new Error('Exceeded maximum execution time') : null);
      expect(() => f.call('archiveActivities', { beforeYear: '2025' })).toThrow();
      f.counter.fault = null;
      f.call('archiveActivities', { beforeYear: '2025' });
      expect({ k, rows: keys(activities(f)).sort().join() }).toEqual({ k, rows: afterDone.join() });
    }
    // Every stage was hit: before the journal, copying, half removed (4 runs of rows), done.
    expect([...seen].sort()).toEqual(['copying', 'done', 'none', 'removing']);
  });
});
