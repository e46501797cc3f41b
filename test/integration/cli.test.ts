// The lembar CLI as a user runs it: a real process over a real .xlsx file.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'lembar.js');
const CSV = path.join(__dirname, '..', 'fixtures', 'leads-dev-3k.csv');

function lembar(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LEMBAR_NOW: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * A workbook just set up (`lembar setup`), made once and copied into each test that starts from
 * one: setting up is a test of its own (the first one below), not each test's subject.
 */
let setUp: string | null = null;
function setUpCrm(into: string): void {
  if (!setUp) {
    const once = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-cli-setup-'));
    const r = lembar(['setup', '--workbook', 'crm.xlsx'], once);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    setUp = path.join(once, 'crm.xlsx');
  }
  fs.copyFileSync(setUp, path.join(into, 'crm.xlsx'));
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-cli-'));
});

test('setup, import of 3,000 legacy rows, setupCrm again: every record stays as it was but gets its Client ID', () => {
  const setup = lembar(['setup', '--workbook', 'crm.xlsx', '--now', '2026-11-24T08:00:00+07:00'], dir);
  expect(setup.code).toBe(0);
  expect(JSON.parse(setup.out).createdTabs).toContain('Leads');
  const imp = lembar(['import', '--raw', CSV, '--workbook', 'crm.xlsx'], dir);
  expect(imp.code).toBe(0);
  expect(JSON.parse(imp.out).rows).toBe(3000);
  const before = JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out);
  expect(before.values).toHaveLength(3001);
  const again = lembar(['run', 'setupCrm', '--workbook', 'crm.xlsx'], dir);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.out).addedHeaders).toEqual([]);
  expect(JSON.parse(again.out).clientIds).toBe(3000);
  const after = JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out);
  // The rows had no Client ID: that column is filled, every other cell is as it was.
  const client = before.values[0].indexOf('Client ID');
  const without = (rows: unknown[][]) => rows.map((r) => r.filter((_, i) => i !== client));
  expect(without(after.values)).toEqual(without(before.values));
  expect(after.values.slice(1).every((r: unknown[]) => /^C-\d{6}$/.test(String(r[client])))).toBe(true);
  expect(after.formulas).toEqual(before.formulas);
});

test('import keeps extra columns and any column order', () => {
  setUpCrm(dir);
  fs.writeFileSync(path.join(dir, 'old.csv'), 'Catatan,Phone,Name\r\n"ada, koma",0812-1111-2222,"Budi ""Bos"""\n');
  const r = lembar(['import', '--raw', 'old.csv', '--workbook', 'crm.xlsx'], dir);
  expect(JSON.parse(r.out)).toEqual({ rows: 1, addedColumns: ['Catatan'] });
  const read = JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out);
  const [header, row] = read.values;
  expect(row[header.indexOf('Phone')]).toBe('0812-1111-2222');
  expect(row[header.indexOf('Name')]).toBe('Budi "Bos"');
  expect(row[header.indexOf('Catatan')]).toBe('ada, koma');
});

test('import runs importLeads: a question stops it with exit code 3, answers import it, --dry-run writes nothing', () => {
  setUpCrm(dir);
  fs.writeFileSync(
    path.join(dir, 'old.csv'),
    'Nama;No HP;Status\r\nBudi;0812 1111 2222;Deal\r\nSiti;0813 3333 4444;Hot\r\n',
  );
  const asked = lembar(['import', 'old.csv', '--workbook', 'crm.xlsx'], dir);
  expect(asked.code).toBe(3);
  expect(JSON.parse(asked.out).questions).toEqual([expect.objectContaining({ kind: 'status', value: 'Hot' })]);
  const dry = lembar(
    ['import', 'old.csv', '--dry-run', '--status-map', '{"Hot":"Negotiation"}', '--workbook', 'crm.xlsx'],
    dir,
  );
  expect(dry.code).toBe(0);
  expect(JSON.parse(dry.out)).toMatchObject({
    importId: null,
    imported: 0,
    mapping: { Nama: 'Name', 'No HP': 'Phone', Status: 'Status' },
  });
  expect(JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out).values).toHaveLength(1);
  const done = lembar(['import', 'old.csv', '--status-map', '{"Hot":"Negotiation"}', '--workbook', 'crm.xlsx'], dir);
  expect(done.code).toBe(0);
  expect(JSON.parse(done.out)).toMatchObject({ importId: 'I-000001', imported: 2, problems: [] });
  const [header, ...rows] = JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out).values;
  expect(
    rows.map((r: string[]) => [r[header.indexOf('Lead ID')], r[header.indexOf('Phone')], r[header.indexOf('Status')]]),
  ).toEqual([
    ['L-000001', '+6281211112222', 'Won'],
    ['L-000002', '+6281333334444', 'Negotiation'],
  ]);
  expect(lembar(['import', 'old.csv', '--map', '[1]', '--workbook', 'crm.xlsx'], dir).err).toMatch(
    /--map must be a JSON object/,
  );
});

test('import reads a Windows-1252 file (with a warning) and a UTF-16 file (Excel "Unicode Text") as they were written', () => {
  setUpCrm(dir);
  fs.writeFileSync(path.join(dir, 'win.csv'), Buffer.from('Nama;Kota\r\nJos\xe9 Caf\xe9;S\xe3o Paulo\r\n', 'latin1'));
  const win = lembar(['import', 'win.csv', '--workbook', 'crm.xlsx'], dir);
  expect(win.code).toBe(0);
  expect(JSON.parse(win.out)).toMatchObject({
    imported: 1,
    warnings: [
      expect.stringMatching(/^File ini bukan UTF-8, jadi dibaca sebagai Windows-1252/),
      expect.stringMatching(/tidak dihitung: diimpor tanpa tanggal/), // no Created At in the file
      // No Status and no Source column: said before anything is written.
      'Tidak ada kolom Status di file: 1 prospek masuk sebagai Prospek. Pilih kolom yang berisi tahapnya, jika file punya.',
      expect.stringMatching(/^Tidak ada kolom Sumber \(Source\) di file: 1 prospek masuk tanpa Sumber/),
    ],
  });
  fs.writeFileSync(
    path.join(dir, 'unicode.txt'),
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Nama\tNo HP\r\nRina Müller\t0812 1111 3333\r\n', 'utf16le'),
    ]),
  );
  const u16 = lembar(['import', 'unicode.txt', '--workbook', 'crm.xlsx'], dir);
  expect(u16.code).toBe(0);
  expect(JSON.parse(u16.out).warnings.join(' ')).not.toContain('UTF-8');
  expect(JSON.parse(u16.out)).toMatchObject({ imported: 1 });
  const [header, ...rows] = JSON.parse(lembar(['read', 'Leads', '--workbook', 'crm.xlsx'], dir).out).values;
  expect(
    rows.map((r: string[]) => [r[header.indexOf('Name')], r[header.indexOf('Kota')], r[header.indexOf('Phone')]]),
  ).toEqual([
    ['José Café', 'São Paulo', ''],
    ['Rina Müller', '', '+6281211113333'],
  ]);
  fs.writeFileSync(path.join(dir, 'book.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
  const book = lembar(['import', 'book.csv', '--workbook', 'crm.xlsx'], dir);
  expect(book.code).toBe(2);
  expect(book.err).toMatch(
    /^lembar: This is a spreadsheet workbook \(\.xlsx or \.xls\), not a CSV file\. Open it, save it as "CSV UTF-8"/,
  );
});

test.each([
  [['run', 'setupCrm', '--workbook', 'missing.xlsx'], /does not exist/],
  [['run', 'noSuchFunction', '--workbook', 'crm.xlsx'], /Unknown function "noSuchFunction"/],
  [['import', '--raw', 'bad.csv', '--workbook', 'crm.xlsx'], /CSV row 2: Quoted field unterminated/],
  [
    ['import', 'bad.csv', '--workbook', 'crm.xlsx'],
    /^lembar: File tidak bisa dibaca sebagai CSV: Quoted field unterminated \(baris 2\)/,
  ],
  [['import', 'nope.csv', '--workbook', 'crm.xlsx'], /does not exist/],
  [['run', 'submitLead', '--json', '{bad', '--workbook', 'crm.xlsx'], /--json is not valid JSON/],
  [['frobnicate'], /Unknown command/],
  [['setup', '--now', 'yesterday'], /not an ISO date-time/],
])('errors are one clear line and exit code 2: %j', (args, message) => {
  setUpCrm(dir);
  fs.writeFileSync(path.join(dir, 'bad.csv'), 'Name,Phone\n"Budi,0812\n');
  const r = lembar(args as string[], dir);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message as RegExp);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.out).toBe('');
});

test('runFollowUpReminders with a fixed clock writes each email to the outbox as .eml', () => {
  setUpCrm(dir);
  lembar(['import', '--raw', CSV, '--workbook', 'crm.xlsx'], dir);
  const r = lembar(
    [
      'run',
      'runFollowUpReminders',
      '--workbook',
      'crm.xlsx',
      '--now',
      '2026-11-24T08:00:00+07:00',
      '--outbox',
      'outbox',
    ],
    dir,
  );
  expect(r.code).toBe(0);
  const result = JSON.parse(r.out);
  expect(result.date).toBe('2026-11-24');
  const files = fs.readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
  expect(files.length).toBe(result.sent);
  expect(result.sent).toBeGreaterThan(0);
  const eml = fs.readFileSync(path.join(dir, 'outbox', files[0]), 'utf8');
  expect(eml).toMatch(/^From: /m);
  expect(eml).toMatch(/^To: \S+@\S+$/m);
  expect(eml).toMatch(/^Subject: /m);
  expect(eml).toContain('Content-Type: text/plain; charset=UTF-8');
  expect(eml).toContain('Content-Type: text/html; charset=UTF-8');
  // The same day again: nothing new is sent (the ledger persisted in the workbook).
  const again = JSON.parse(
    lembar(
      [
        'run',
        'runFollowUpReminders',
        '--workbook',
        'crm.xlsx',
        '--now',
        '2026-11-24T09:00:00+07:00',
        '--outbox',
        'outbox',
      ],
      dir,
    ).out,
  );
  expect(again.sent).toBe(0);
  expect(fs.readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(files.length);
});
