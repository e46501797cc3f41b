// ImportLeads under attack, through the built bundle. A dead import rolled back
// keeps what a teammate worked on since; every column of a file is imported or reported, whatever
// it is called; what the import would refuse, the check reports first.
import type { Environment } from '../../src/local/environment';
import type { Args } from '../../src/gas/api';
import { setUpEnv, records, ok, killedAt } from '../helpers';

const importLeads = (e: Environment, req: Args<'importLeads'>[0]) => e.call('importLeads', req);
const PROTO = '__proto__';

/** The calls of a run where it can die with something half written: each that writes (and the first). */
function writePoints(run: (e: Environment) => void): number[] {
  const probe = setUpEnv();
  probe.call('submitLead', { name: 'Lama', phone: '0812-0000-0001', source: 'Website', needs: 'x' });
  const names: string[] = [];
  probe.counter.fault = (name) => {
    names.push(name);
    return null;
  };
  run(probe);
  probe.counter.fault = null;
  return names
    .map((n, i) => (i === 0 || /\.(set|insert|delete|append|clear)/.test(n) ? i + 1 : 0))
    .filter((i) => i > 0);
}

/** Leads, Activities and the Leads header as a person sees them. */
function state(e: Environment) {
  const leads = e.spreadsheet.getSheetByName('Leads')!;
  return JSON.stringify({
    header: leads.getRange(1, 1, 1, leads.getMaxColumns()).getValues()[0],
    leads: records(e.spreadsheet, 'Leads'),
    activities: records(e.spreadsheet, 'Activities'),
    status: e.spreadsheet.getSheetByName('_lembar_status') ? records(e.spreadsheet, '_lembar_status') : [],
  });
}

function orphans(e: Environment): unknown[] {
  const ids = records(e.spreadsheet, 'Leads').map((l) => l['Lead ID']);
  return records(e.spreadsheet, 'Activities')
    .filter((a) => !ids.includes(a['Lead ID']))
    .map((a) => [a['Lead ID'], a.Type, a.Summary]);
}

describe('item 8: rolling back a dead import', () => {
  test('keeps the leads a teammate worked on since, at every kill point; their activities keep their lead', () => {
    const csv = 'Nama,HP,Kota\nSatu,0812-1111-0001,Solo\nDua,0812-1111-0002,Jogja\n';
    const points = writePoints((e) => importLeads(e, { csv }));
    expect(points.length).toBeGreaterThan(8);
    let worked = 0;
    for (const failAt of points) {
      const e = setUpEnv();
      e.call('submitLead', { name: 'Lama', phone: '0812-0000-0001', source: 'Website', needs: 'x' });
      expect({ failAt, killed: killedAt(e, failAt, () => importLeads(e, { csv })) }).toEqual({ failAt, killed: true });
      const written = records(e.spreadsheet, 'Leads').filter((l) => l.Name === 'Satu' || l.Name === 'Dua');
      if (written.length === 0) continue;
      // Between the kill and the next import, a teammate calls the first imported lead.
      const target = written[0];
      e.call('logActivity', {
        leadId: target['Lead ID'],
        type: 'Follow-up Call',
        summary: 'Sudah ditelepon, minta penawaran',
      });
      worked++;
      importLeads(e, { csv, dryRun: true });
      const names = records(e.spreadsheet, 'Leads').map((l) => l.Name);
      const whole = JSON.stringify(names) === '["Lama","Satu","Dua"]'; // the run died after its last write
      expect({ failAt, names: whole ? 'whole' : names }).toEqual({
        failAt,
        names: whole ? 'whole' : ['Lama', target.Name],
      });
      expect({ failAt, orphans: orphans(e) }).toEqual({ failAt, orphans: [] });
      const call = records(e.spreadsheet, 'Activities').find((a) => a.Type === 'Follow-up Call');
      expect({ failAt, lead: call?.['Lead ID'] }).toEqual({ failAt, lead: target['Lead ID'] });
      if (whole) continue;
      const log = records(e.spreadsheet, 'Run Log').map((r) => Object.values(r).join(' '));
      expect({
        failAt,
        log: log.some((l) => l.includes(`kecuali 1 prospek yang sudah dikerjakan sejak itu (${target['Lead ID']})`)),
      }).toEqual({ failAt, log: true });
      // The kept lead's status is known to onEdit, and the next import takes new numbers.
      expect(records(e.spreadsheet, '_lembar_status').map((s) => Object.values(s)[0])).toContain(target['Lead ID']);
      const again = importLeads(e, { csv });
      expect({ failAt, ok: again.ok }).toEqual({ failAt, ok: true });
      // The kept lead is already in the CRM: skipped, never doubled; the other comes in.
      expect(records(e.spreadsheet, 'Leads').map((l) => l.Name)).toEqual([
        'Lama',
        target.Name,
        ...['Satu', 'Dua'].filter((n) => n !== target.Name),
      ]);
    }
    expect(worked).toBeGreaterThan(3);
  });
});

describe('item 9: every column of the file is imported or reported', () => {
  test('headers and values named like object members are data like any other', () => {
    const e = setUpEnv();
    const csv = [
      'Nama,constructor,toString,__proto__,valueOf,hasOwnProperty,Status,Sumber',
      'Budi,a,b,c,d,e,constructor,__proto__',
      'toString,constructor,__proto__,valueOf,hasOwnProperty,toString,Lead,WA',
    ].join('\n');
    const asked = importLeads(e, { csv, dryRun: true });
    expect(asked.questions.map((q) => [q.kind, q.value])).toEqual([
      ['status', 'constructor'],
      ['source', '__proto__'],
    ]);
    expect(asked.mapping).toEqual({
      Nama: 'Name',
      constructor: '',
      toString: '',
      [PROTO]: '',
      valueOf: '',
      hasOwnProperty: '',
      Status: 'Status',
      Sumber: 'Source',
    });
    // Answers keyed by those names arrive as JSON does: own keys, `__proto__` included.
    const answers = { statusMap: JSON.parse('{"constructor":"Won"}'), sourceMap: JSON.parse('{"__proto__":"(keep)"}') };
    const done = importLeads(e, { csv, ...answers });
    expect(done).toMatchObject({ ok: true, imported: 2 });
    const leads = records(e.spreadsheet, 'Leads');
    expect(
      leads.map((l) => [l.Name, l.constructor, l.toString, l[PROTO], l.valueOf, l.hasOwnProperty, l.Status, l.Source]),
    ).toEqual([
      ['Budi', 'a', 'b', 'c', 'd', 'e', 'Won', '__proto__'],
      ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'toString', 'Lead', 'WhatsApp'],
    ]);
    // Undo takes those columns back too.
    e.call('undoImport', { importId: done.importId! });
    expect(e.spreadsheet.getSheetByName('Leads')!.getDataRange().getValues()[0]).not.toContain('constructor');
  });

  test('repeated and empty headers, and a row longer than its header, lose no column', () => {
    const e = setUpEnv();
    const csv = [
      'Nama,Kota,Kota,,Nama,',
      'Budi,Solo,Jogja,catatan tanpa judul,Budi Santoso,,lebih',
      'Siti,Medan,,,,',
    ].join('\n');
    const dry = importLeads(e, { csv, dryRun: true });
    expect(dry.ok).toBe(true);
    expect(dry.headers).toEqual(['Nama', 'Kota', 'Kota (2)', 'Kolom D', 'Nama (2)', 'Kolom G']);
    expect(dry.problems.filter((p) => p.row === 1).map((p) => [p.column, p.value])).toEqual([
      ['Kota (2)', 'Kota'],
      ['Kolom D', ''],
      ['Nama (2)', 'Nama'],
      ['Kolom G', ''],
    ]);
    expect(dry.problems[0].message).toBe(
      'Judul kolom "Kota" ada lebih dari sekali di file: kolom ini diimpor sebagai "Kota (2)".',
    );
    // A generated name is a column like any other: it can be mapped.
    const done = importLeads(e, { csv, mapping: { 'Nama (2)': 'Company' } });
    expect(done).toMatchObject({ ok: true, imported: 2 });
    expect(
      records(e.spreadsheet, 'Leads').map((l) => [
        l.Name,
        l.Company,
        l.Kota,
        l['Kota (2)'],
        l['Kolom D'],
        l['Kolom G'],
      ]),
    ).toEqual([
      ['Budi', 'Budi Santoso', 'Solo', 'Jogja', 'catatan tanpa judul', 'lebih'],
      ['Siti', '', 'Medan', '', '', ''],
    ]);
  });

  test("a file's Follow-ups, Status Changed At and Last Contact are taken from it, not overwritten", () => {
    const e = setUpEnv();
    const csv = [
      'Nama,Follow-ups,Status Changed At,Last Contact,Lead ID',
      'Budi,3,2026-10-01,15/11/2026,OLD-7',
      'Siti,,,,',
      'Agus,banyak,,,',
    ].join('\n');
    const done = importLeads(e, { csv });
    expect(done.ok).toBe(true);
    expect(done.problems.map((p) => [p.row, p.column, p.value])).toEqual([[4, 'Follow-ups', 'banyak']]);
    const iso = (v: unknown) =>
      v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v;
    expect(
      records(e.spreadsheet, 'Leads').map((l) => [
        l.Name,
        l['Follow-ups'],
        iso(l['Status Changed At']),
        iso(l['Last Contact']),
        l['Lead ID (imported)'],
      ]),
    ).toEqual([
      ['Budi', 3, '2026-09-30T17:00:00.000Z', '2026-11-14T17:00:00.000Z', 'OLD-7'],
      // No date in the file: empty, never the import's "now" (history is not invented).
      ['Siti', 0, '', '', ''],
      ['Agus', 'banyak', '', '', ''],
    ]);
  });
});

describe('item 10: the check finds what the import would refuse', () => {
  test('120 long headers (a Google Forms export) import, undo, and roll back when killed', () => {
    const questions = Array.from(
      { length: 120 },
      (_, i) => `${i + 1}. Menurut Anda, seberapa puas Anda dengan layanan kami selama satu tahun terakhir ini?`,
    );
    const csv = [
      ['Timestamp', 'Nama', ...questions].map((h) => `"${h}"`).join(','),
      ['2026/11/01 10:00', 'Budi', ...questions.map((_, i) => String(i % 5))].join(','),
    ].join('\n');
    const e = setUpEnv();
    const before = state(e);
    expect(importLeads(e, { csv, dryRun: true }).ok).toBe(true);
    const done = importLeads(e, { csv });
    expect(done).toMatchObject({ ok: true, imported: 1 });
    // The journal holds no header: it stays small whatever the file's headers are.
    expect(Buffer.byteLength(e.state.documentProperties['lembar.import.I-000001'])).toBeLessThan(1000);
    expect(records(e.spreadsheet, 'Leads')[0][questions[119]]).toBe('4');
    e.call('undoImport', { importId: done.importId! });
    expect(state(e)).toEqual(before);
    // Killed anywhere, the next run takes it back whole: the columns too.
    const points = writePoints((p) => importLeads(p, { csv }));
    for (const failAt of points) {
      const k = setUpEnv();
      k.call('submitLead', { name: 'Lama', phone: '0812-0000-0001', source: 'Website', needs: 'x' });
      const was = state(k);
      killedAt(k, failAt, () => importLeads(k, { csv }));
      importLeads(k, { csv, dryRun: true });
      const names = records(k.spreadsheet, 'Leads').map((l) => l.Name);
      if (names.length === 2) continue; // it died after its last write
      expect({ failAt, same: state(k) === was }).toEqual({ failAt, same: true });
    }
  });

  test('text over a cell or over entry’s limits is reported by the check, and the import writes nothing', () => {
    const e = setUpEnv();
    const before = state(e);
    const csv = [
      'Nama,Kebutuhan,Kota',
      `${'B'.repeat(101)},ok,Solo`,
      `Siti,${'k'.repeat(2001)},Solo`,
      `Agus,ok,${'x'.repeat(60000)}`,
      'Dewi,ok,Solo',
    ].join('\n');
    const dry = importLeads(e, { csv, dryRun: true });
    expect(dry.ok).toBe(false);
    expect(dry.message).toBe('Belum ada yang diimpor: 3 nilai harus diperbaiki dulu.');
    expect(dry.problems.map((p) => [p.row, p.column, p.blocking, p.value.length <= 200])).toEqual([
      [2, 'Nama', true, true],
      [3, 'Kebutuhan', true, true],
      [4, 'Kota', true, true],
    ]);
    expect(dry.problems[0].message).toBe(
      'Lebih panjang dari batas Nama (101 karakter; maksimal 100). Persingkat di file, atau simpan kolom ini sebagai kolom tim sendiri.',
    );
    expect(dry.problems[2].message).toBe(
      'Terlalu panjang untuk satu sel spreadsheet (60000 karakter; maksimal 49999). Persingkat di file.',
    );
    const run = importLeads(e, { csv });
    expect(run).toMatchObject({ ok: false, importId: null });
    expect(state(e)).toEqual(before);
    // No Lead ID was taken by the refused import.
    expect(
      ok(e.call('submitLead', { name: 'Baru', phone: '0812-2222-0001', source: 'Website', needs: 'x' })).leadId,
    ).toBe('L-000001');
  });

  test('100,000 columns are refused at once with a clear message; a long report stays bounded', () => {
    const e = setUpEnv();
    const wide = `${['Nama', ...Array.from({ length: 99999 }, (_, i) => `c${i}`)].join(',')}\nBudi\n`;
    const t0 = Date.now();
    expect(() => importLeads(e, { csv: wide, dryRun: true })).toThrow(
      /^File berisi 100000 kolom; satu impor paling banyak 500\./,
    );
    expect(Date.now() - t0).toBeLessThan(3000);
    const rows = Array.from({ length: 3000 }, (_, i) => `Orang ${i},bukan-email-${i}`);
    const many = importLeads(e, { csv: ['Nama,Email', ...rows].join('\n'), dryRun: true });
    expect(many.ok).toBe(true);
    expect(many.problemCount).toBe(3000);
    expect(many.problems).toHaveLength(1000);
    expect(JSON.stringify(many).length).toBeLessThan(300000);
  });

  test('what the check accepts, the import writes; what it refuses, the import refuses without a raw error', () => {
    const files = [
      ['Nama,Catatan', `Budi,${'x'.repeat(60000)}`],
      ['Nama,Kota', `Budi,${'x'.repeat(49999)}`],
      [`Nama,${'H'.repeat(60000)}`, 'Budi,x'],
      ['Nama,Nilai', 'Budi,9999999999999999'],
      ['Nama,Pemilik', `Budi,${'a'.repeat(300)}@contoh.id`],
      ['Nama,constructor,__proto__', 'Budi,{},[]'],
    ];
    for (const lines of files) {
      const e = setUpEnv();
      const csv = lines.join('\n');
      const dry = importLeads(e, { csv, dryRun: true });
      let real: ReturnType<typeof importLeads> | string;
      try {
        real = importLeads(e, { csv });
      } catch (err) {
        real = String(err);
      }
      expect({ head: lines[0].slice(0, 20), dry: dry.ok, real: typeof real === 'string' ? real : real.ok }).toEqual({
        head: lines[0].slice(0, 20),
        dry: dry.ok,
        real: dry.ok,
      });
    }
  });
});
