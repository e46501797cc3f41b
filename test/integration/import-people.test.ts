// The first hour of a team's import, with files shaped as teams keep them: owners written as
// names, repeated rows, combined headers, blank lines and cells over two lines, years-old dates.
// People are mapped to Team, a second import changes no cell, every problem is named at the row
// a spreadsheet program shows, and no date is invented. The CLI gives the dialog's report.
import { personTypes } from '../../src/local/demo';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Environment } from '../../src/local/environment';
import { withWorkbook } from '../../src/local/session';
import { setUpEnv, records, ok } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';

const BIN = path.join(__dirname, '..', '..', 'bin', 'lembar.js');
const TEAM = [
  ['rudi.hartono@toko.id', 'Rudi Hartono'],
  ['rina@toko.id', 'Rina Wijaya'],
  ['dimas.p@toko.id', 'Dimas Prasetyo'],
  ['tini@toko.id', 'Kartini Sulistyowati'],
];

function addTeam(e: Environment, rows = TEAM): void {
  // As a person types it: Sheets reports the edit, and the add-on's copy of Team is dropped.
  personTypes(e.spreadsheet, 'Team', 2, 1, rows);
}

// Sales names as the team says them, a `No` running number, combined headers, a blank line
// (row 4), a cell over two lines (row 5), a repeated row (row 8 = row 2), years-old dates.
const SHEET_A = [
  'No,Nama/Perusahaan,No HP/WA,Email,Sales,Status,Sumber,Tgl Masuk,Kontak Terakhir',
  '1,Budi Santoso / PT Maju Jaya,0812-3333-0001,budi@majujaya.co.id,Rudi,Deal,Google,03/02/2024,10/02/2024',
  '2,Siti Aminah,0812 3333 0002,,rina,Nego,Teman,,',
  '',
  '3,"Agus Salim',
  'Gudang Timur",0812 3333 0003,agus@x.id,Dimas P,Penawaran,IG,15/06/2023,',
  '4,Wawan,0812-3333-0004,wawan@x.id,Bu Tini,Lead,WA,,',
  '5,Yanto,6.28123E+12,yanto@x,RH,Lead,WA,,',
  '6,Budi Santoso / PT Maju Jaya,0812-3333-0001,budi@majujaya.co.id,Rudi,Deal,Google,03/02/2024,10/02/2024',
  '7,Lestari,0812 3333 0007,,Joko,Lead,WA,31/02/2024,',
].join('\r\n');

/** Every cell of the CRM tabs a person reads (the Run Log aside). */
const cells = (e: Environment) =>
  ['Leads', 'Activities', 'Team', '_lembar_status'].map((t) =>
    JSON.stringify(e.spreadsheet.getSheetByName(t)!.getDataRange().getValues()),
  );

describe('people, duplicates, row numbers and history, in the environment', () => {
  test('owners are matched to Team once per value; the unknown one is asked once; answered, everyone is someone', () => {
    const e = setUpEnv({ now: '2026-12-07T09:00:00+07:00' });
    addTeam(e);
    const dry = e.call('importLeads', { csv: SHEET_A, fileName: 'lama.csv', mapping: { No: '(skip)' }, dryRun: true });
    expect(dry.message).toBe('Belum ada yang diimpor: 2 nilai perlu dijawab dulu.');
    // One line per written owner, not per row: Rudi (2 rows), rina, Dimas P, Bu Tini, RH, Joko.
    expect(dry.owners.map((o) => [o.value, o.rows, o.email, o.how])).toEqual([
      ['Rudi', 2, 'rudi.hartono@toko.id', 'name'],
      ['rina', 1, 'rina@toko.id', 'name'],
      ['Dimas P', 1, 'dimas.p@toko.id', 'name'],
      ['Bu Tini', 1, '', 'unknown'],
      ['RH', 1, 'rudi.hartono@toko.id', 'name'],
      ['Joko', 1, '', 'unknown'],
    ]);
    expect(dry.questions.map((q) => [q.kind, q.value, q.rows])).toEqual([
      ['owner', 'Bu Tini', 1],
      ['owner', 'Joko', 1],
    ]);
    expect(dry.waitingFor).toBe('answers');
    // Budi's Deal comes in as Won without its Deal Value, Siti's Nego needs nothing, Agus's
    // Penawaran lacks what a quotation asks: said before anything is written, rows named.
    expect(dry.warnings.filter((w) => /padahal tahap itu memerlukannya/.test(w))).toEqual([
      '1 prospek masuk sebagai Menang tanpa Nilai deal, padahal tahap itu memerlukannya (baris 2). Isi Nilai deal di file, atau di prospeknya setelah impor: sebelum diisi, Ringkasan menghitungnya tanpa Nilai deal.',
      '1 prospek masuk sebagai Penawaran terkirim tanpa Nilai deal, Perkiraan closing, padahal tahap itu memerlukannya (baris 5). Isi Nilai deal, Perkiraan closing di file, atau di prospeknya setelah impor: sebelum diisi, Ringkasan menghitungnya tanpa Nilai deal, Perkiraan closing.',
    ]);
    // No owner problem repeated per row; every problem at the row a spreadsheet shows.
    expect(dry.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [7, 'No HP/WA', '6.28123E+12'],
      [7, 'Email', 'yanto@x'],
      [9, 'Tgl Masuk', '31/02/2024'],
    ]);
    // The guesses are in the report: columns and values, each changeable.
    expect(dry.mapping).toMatchObject({ 'No HP/WA': 'Phone', 'Nama/Perusahaan': 'Name', No: '(skip)' });
    expect(dry.statusMap).toMatchObject({ Deal: 'Won', Nego: 'Negotiation', Penawaran: 'Quotation Sent' });
    expect(dry.sourceMap).toMatchObject({ Google: 'Google Ads', Teman: 'Referral', IG: 'Social Media' });
    // The repeated row 8 is the same lead as row 2: skipped by default, with both sides named.
    expect(dry.duplicates).toEqual([
      expect.objectContaining({
        row: 8,
        name: 'Budi Santoso / PT Maju Jaya',
        sameClient: true,
        action: 'skip',
        others: [expect.objectContaining({ row: 2, leadId: '' })],
      }),
    ]);

    const answers = {
      mapping: { No: '(skip)' },
      ownerMap: { 'Bu Tini': 'tini@toko.id', Joko: 'joko@toko.id' },
    };
    const done = e.call('importLeads', { csv: SHEET_A, fileName: 'lama.csv', ...answers });
    expect(done).toMatchObject({ ok: true, imported: 6, skipped: 1 });
    const leads = records(e.spreadsheet, 'Leads');
    expect(leads.map((l) => [l.Name, l.Company, l.Phone, l.Owner])).toEqual([
      ['Budi Santoso', 'PT Maju Jaya', '+6281233330001', 'rudi.hartono@toko.id'],
      ['Siti Aminah', '', '+6281233330002', 'rina@toko.id'],
      ['Agus Salim\nGudang Timur', '', '+6281233330003', 'dimas.p@toko.id'],
      ['Wawan', '', '+6281233330004', 'tini@toko.id'],
      ['Yanto', '', '6.28123E+12', 'rudi.hartono@toko.id'],
      ['Lestari', '', '+6281233330007', 'joko@toko.id'],
    ]);
    // The running number was left out, not made a permanent Leads column.
    expect(Object.keys(leads[0])).not.toContain('No');
    // Joko is a new Team row with the email given.
    expect(records(e.spreadsheet, 'Team').map((t) => [t.Email, t.Name, t.Role])).toContainEqual([
      'joko@toko.id',
      'Joko',
      'Sales',
    ]);
    // And the add-on knows him at once (its copy of Team was dropped): the same file asks nothing
    // about him again, and his lead's messages name him.
    const known = e.call('importLeads', { csv: SHEET_A, fileName: 'lama.csv', mapping: answers.mapping, dryRun: true });
    expect(known.questions.map((q) => q.value)).not.toContain('Joko');
    const lestari = leads.findIndex((l) => l.Name === 'Lestari');
    const wa = e.call('renderTemplate', { templateId: 'T-001', leadId: `L-${String(lestari + 1).padStart(6, '0')}` });
    expect(wa.missing).not.toContain('{sales}');
    expect(wa.text).toContain('saya Joko');
    // History as it was: the file's dates; none where the file has none (never the import day).
    const ymd = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    expect(leads.map((l) => [ymd(l['Created At']), ymd(l['Last Contact']), ymd(l['Status Changed At'])])).toEqual([
      ['2024-02-02', '2024-02-09', ''],
      ['', '', ''],
      ['2023-06-14', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['31/02/2024', '', ''],
    ]);

    // The same file again: nothing written, not a cell.
    const before = cells(e);
    const again = e.call('importLeads', { csv: SHEET_A, fileName: 'lama.csv', ...answers });
    expect(again).toMatchObject({ ok: true, imported: 0, skipped: 7, importId: null });
    expect(again.message).toMatch(/Tidak ada yang ditulis/);
    expect(cells(e)).toEqual(before);
    // Undo takes back the leads and the Team row the answers added.
    expect(e.call('undoImport', { importId: done.importId! }).removed).toBe(6);
    expect(records(e.spreadsheet, 'Leads')).toEqual([]);
    expect(records(e.spreadsheet, 'Team').map((t) => t.Email)).toEqual(TEAM.map((t) => t[0]));
  });

  test('no message to a client quotes the import day: a quotation without a date in the file has no date', () => {
    const e = setUpEnv({ now: '2026-12-07T09:00:00+07:00' });
    addTeam(e);
    const csv = [
      'Nama,HP,Kebutuhan,Status,Sales,Tanggal Status',
      'Ani,0812 6666 0001,CCTV,Penawaran,Rina,',
      'Eka,0812 6666 0002,Alarm,Penawaran,Rina,12/03/2025',
    ].join('\n');
    const done = e.call('importLeads', { csv, mapping: { 'Tanggal Status': 'Status Changed At' } });
    expect(done.ok).toBe(true);
    // Said in the report: leads without a date are not counted in the SLA and stale figures.
    expect(done.warnings.join(' ')).toContain('tidak dihitung: diimpor tanpa tanggal');
    const ani = e.call('renderTemplate', { templateId: 'T-004', leadId: 'L-000001' });
    expect(ani.missing).toContain('{tanggal_penawaran}');
    expect(ani.text).not.toMatch(/2026|7 Des/);
    const eka = e.call('renderTemplate', { templateId: 'T-004', leadId: 'L-000002' });
    expect(eka.missing).toEqual([]);
    expect(eka.text).not.toMatch(/2026|7 Des/);
    // Nothing without a date is stale, and the Summary's SLA leaves both out (no Created At).
    const summary = e.call('getCrmSummary');
    expect(summary.skipped.noCreatedAt).toBe(2);
    expect(summary.firstContactSla).toMatchObject({ withinSla: 0, breached: 0 });
  });

  test('a second file of the same clients: fill empty fields (a Note says what came), or a new deal with the Client ID', () => {
    const e = setUpEnv({ now: '2026-12-07T09:00:00+07:00' });
    addTeam(e);
    const first =
      'Nama,Perusahaan,HP,Kebutuhan\nRatna Dewi,CV Sinar,0812 4444 0001,CCTV\nHendra,,0812 4444 0002,Alarm\n';
    ok(e.call('importLeads', { csv: first, fileName: 'a.csv' }));
    const second = [
      'Nama,Perusahaan,HP,Email,Kebutuhan,Nilai',
      'Ratna Dewi,CV Sinar,0812 4444 0001,ratna@sinar.id,CCTV,15 jt',
      'Hendra,,0812 4444 0002,,Pagar listrik,8 jt',
    ].join('\n');
    const dry = e.call('importLeads', { csv: second, fileName: 'b.csv', dryRun: true });
    // The same deal: skip by default; the same client with another need: a new deal.
    expect(dry.duplicates.map((d) => [d.row, d.action, d.others[0].leadId, d.others[0].name])).toEqual([
      [2, 'skip', 'L-000001', 'Ratna Dewi'],
      [3, 'newDeal', 'L-000002', 'Hendra'],
    ]);
    const done = e.call('importLeads', { csv: second, fileName: 'b.csv', duplicates: { '2': 'fill' } });
    expect(done).toMatchObject({ ok: true, imported: 1, filled: 1 });
    const leads = records(e.spreadsheet, 'Leads');
    expect(leads.map((l) => [l['Lead ID'], l.Name, l.Email, l['Deal Value'], l.Needs, l['Client ID']])).toEqual([
      ['L-000001', 'Ratna Dewi', 'ratna@sinar.id', 15000000, 'CCTV', 'C-000001'],
      ['L-000002', 'Hendra', '', '', 'Alarm', 'C-000002'],
      ['L-000003', 'Hendra', '', 8000000, 'Pagar listrik', 'C-000002'],
    ]);
    const note = records(e.spreadsheet, 'Activities').find((a) => String(a.Summary).startsWith('Diisi dari'));
    expect(note).toMatchObject({ 'Lead ID': 'L-000001', Type: 'Note' });
    expect(note!.Summary).toBe('Diisi dari b.csv (impor I-000002, baris 2): Email, Nilai deal.');
    // Undo takes back the new deal and says the filled lead keeps what it was given.
    const undone = e.call('undoImport', { importId: done.importId! });
    expect(undone).toMatchObject({ removed: 1 });
    expect(undone.message).toContain('1 prospek lama yang dilengkapinya tetap menyimpan nilai itu');
    expect(records(e.spreadsheet, 'Leads').map((l) => l['Lead ID'])).toEqual(['L-000001', 'L-000002']);
  });

  test('a remarks column beside the needs: each lead’s Note carries its remarks, the sidebar shows them, undo takes them back', () => {
    const e = setUpEnv({ now: '2026-12-07T09:00:00+07:00' });
    const csv = [
      'Nama,HP,Kebutuhan,Keterangan',
      'Ratna Dewi,0812 4444 0001,CCTV,"sudah kirim sampel, minta diskon 5%"',
      'Hendra,0812 4444 0002,Alarm,',
    ].join('\n');
    const dry = e.call('importLeads', { csv, fileName: 'lama.csv', dryRun: true });
    expect(dry.mapping).toMatchObject({ Kebutuhan: 'Needs', Keterangan: '(note)' });
    expect(dry.suggested.Keterangan).toBe('(note)');
    const done = e.call('importLeads', { csv, fileName: 'lama.csv' });
    expect(done).toMatchObject({ ok: true, imported: 2 });
    // No column of Leads for it: the remarks are on the lead's timeline.
    expect(Object.keys(records(e.spreadsheet, 'Leads')[0])).not.toContain('Keterangan');
    expect(records(e.spreadsheet, 'Activities').map((a) => [a['Lead ID'], a.Type, a.Summary])).toEqual([
      ['L-000001', 'Note', 'Diimpor dari lama.csv (impor I-000001). Keterangan: sudah kirim sampel, minta diskon 5%'],
      ['L-000002', 'Note', 'Diimpor dari lama.csv (impor I-000001).'],
    ]);
    const shown = e.call('getSelectedLead', { leadId: 'L-000001' });
    expect(JSON.stringify(shown)).toContain('Keterangan: sudah kirim sampel, minta diskon 5%');
    // Offered again when the dialog is opened later: the import and its undo.
    expect(e.call('getImportContext').recent).toEqual([
      { importId: 'I-000001', file: 'lama.csv', count: 2, at: '2026-12-07 09:00' },
    ]);
    expect(e.call('undoImport', { importId: done.importId! })).toMatchObject({ removed: 2 });
    expect(e.call('getImportContext').recent).toEqual([]);
    expect(records(e.spreadsheet, 'Activities')).toEqual([]);
  });

  test('said before importing: old first-stage leads with no contact on record (Today and the SLA will call them overdue), a second phone number', () => {
    const e = setUpEnv({ now: '2026-12-07T09:00:00+07:00' });
    const csv = [
      'Nama,HP,Tgl Masuk,Status,Sumber',
      'Sri Wahyuni,0812 4444 0011,01/09/2026,baru,WA',
      'Toni,0812 4444 0012 / 0813 4444 0099,07/12/2026,baru,WA',
      'Dian,0812 4444 0013,01/09/2026,Nego,WA',
    ].join('\n');
    const dry = e.call('importLeads', { csv, fileName: 'lama.csv', dryRun: true });
    expect(dry.warnings.filter((w) => /SLA kontak pertama/.test(w))).toEqual([
      '1 prospek masih di tahap Prospek dengan Tanggal masuk lebih lama dari SLA kontak pertama (24 jam) dan tanpa catatan kontak (baris 2): Hari ini mencantumkannya sebagai kontak pertama terlambat, dan angka SLA menghitungnya terlewat. Jika file mencatat kapan mereka dihubungi, petakan kolom itu ke Kontak terakhir (Last Contact).',
    ]);
    // Toni's second number is kept, and said (the card dials the first).
    expect(dry.warnings.filter((w) => /nomor telepon kedua/.test(w))).toEqual([
      '1 baris punya nomor telepon kedua (baris 3): disimpan di kolom Other Phones; kartu prospek dan WhatsApp-nya memakai nomor pertama.',
    ]);
  });

  test('Email / HP in one column is shared out; a name cell holding the company gives Company its part', () => {
    const e = setUpEnv();
    const csv = [
      'Nama / Perusahaan;Email / HP;Keterangan',
      'PT Abadi / Yusuf;yusuf@abadi.co.id;CCTV',
      'Nina;0813 2222 1111;Alarm',
      'Tono - CV Laris;tono@laris.id / 0813 2222 3333;Akses',
    ].join('\n');
    const dry = e.call('importLeads', { csv, dryRun: true });
    expect(dry.mapping).toMatchObject({ 'Nama / Perusahaan': 'Name', 'Email / HP': 'Email' });
    expect(dry.problems).toEqual([]);
    ok(e.call('importLeads', { csv }));
    expect(records(e.spreadsheet, 'Leads').map((l) => [l.Name, l.Company, l.Email, l.Phone])).toEqual([
      ['Yusuf', 'PT Abadi', 'yusuf@abadi.co.id', ''],
      ['Nina', '', '', '+6281322221111'],
      ['Tono', 'CV Laris', 'tono@laris.id', '+6281322223333'],
    ]);
  });

  test('a sheet typed by hand: Set up names the bare-name owners; mapOwners writes them under the lock, each logged', () => {
    const e = setUpEnv();
    addTeam(e);
    const leads = e.spreadsheet.getSheetByName('Leads')!;
    for (const name of ['A', 'B', 'C', 'D', 'E'])
      e.call('submitLead', {
        name,
        phone: `0812-5555-${String(name.charCodeAt(0)).padStart(4, '0')}`,
        source: 'Website',
        needs: 'x',
      });
    const col = LEAD_COLUMNS.findIndex((c) => c.header === 'Owner') + 1;
    leads.getRange(2, col, 5, 1).setValues([['Rudi'], ['rudi '], ['Rina W.'], ['rina@toko.id'], ['Pak Bos']]);
    const setup = e.call('setupCrm');
    expect(setup.ownerNames).toHaveLength(3);
    expect(setup.ownerNames[0]).toContain('2 prospek: Rudi (kemungkinan rudi.hartono@toko.id)');
    e.call('refreshSummary');
    const summary = JSON.stringify(e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues());
    expect(summary).toContain('Penanggung jawab (Owner) ditulis sebagai nama, bukan email, di 1 prospek: Pak Bos.');
    const names = e.call('getOwnerNames');
    expect(names.owners.map((o) => [o.value, o.rows, o.email])).toEqual([
      ['Rudi', 2, 'rudi.hartono@toko.id'],
      ['Rina W.', 1, 'rina@toko.id'],
      ['Pak Bos', 1, ''],
    ]);
    const r = e.call('mapOwners', {
      mapping: { Rudi: 'rudi.hartono@toko.id', 'Rina W.': 'rina@toko.id', 'Pak Bos': '(none)' },
    });
    expect(r).toMatchObject({ changed: 4, addedTeam: 0 });
    expect(records(e.spreadsheet, 'Leads').map((l) => l.Owner)).toEqual([
      'rudi.hartono@toko.id',
      'rudi.hartono@toko.id',
      'rina@toko.id',
      'rina@toko.id',
      '',
    ]);
    const notes = records(e.spreadsheet, 'Activities')
      .filter((a) => String(a.Summary).startsWith('Penanggung jawab (Owner):'))
      .map((a) => [a['Lead ID'], a.Summary]);
    expect(notes).toEqual([
      ['L-000001', 'Penanggung jawab (Owner): Rudi → rudi.hartono@toko.id'],
      ['L-000002', 'Penanggung jawab (Owner): rudi  → rudi.hartono@toko.id'],
      ['L-000003', 'Penanggung jawab (Owner): Rina W. → rina@toko.id'],
      ['L-000005', 'Penanggung jawab (Owner): Pak Bos → (kosong)'],
    ]);
    expect(e.call('setupCrm').ownerNames).toEqual([]);
    expect(() => e.call('mapOwners', { mapping: { Rudi: 'bukan email' } })).not.toThrow(); // Rudi is no longer there
  });
});

describe('the CLI gives the dialog report and takes the same answers', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-import-'));
  });
  const lembar = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args, '--workbook', 'crm.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LEMBAR_NOW: '2026-12-07T09:00:00+07:00' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  test('--owner-map and --map beside --status-map; a second run writes nothing', async () => {
    expect(lembar(['setup']).code).toBe(0);
    await withWorkbook(path.join(dir, 'crm.xlsx'), {}, (env) => {
      env.spreadsheet.getSheetByName('Team')!.getRange(2, 1, TEAM.length, 2).setValues(TEAM);
    });
    fs.writeFileSync(path.join(dir, 'lama.csv'), SHEET_A);
    const asked = lembar(['import', 'lama.csv', '--map', '{"No":"(skip)"}']);
    expect(asked.code).toBe(3);
    const report = JSON.parse(asked.out);
    expect(report.questions.map((q: { value: string }) => q.value)).toEqual(['Bu Tini', 'Joko']);
    expect(report.problems.map((p: { row: number }) => p.row)).toEqual([7, 7, 9]);
    const args = ['import', 'lama.csv', '--map', '{"No":"(skip)"}'];
    const owners = ['--owner-map', '{"Bu Tini":"tini@toko.id","Joko":"(none)"}'];
    const done = lembar([...args, ...owners]);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ imported: 6, skipped: 1 });
    const read = () => lembar(['read', 'Leads']).out;
    const before = read();
    const owner = JSON.parse(before).values[0].indexOf('Owner');
    expect(
      JSON.parse(before)
        .values.slice(1)
        .map((r: unknown[]) => r[owner]),
    ).toEqual(['rudi.hartono@toko.id', 'rina@toko.id', 'dimas.p@toko.id', 'tini@toko.id', 'rudi.hartono@toko.id', '']);
    const again = lembar([...args, ...owners]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ imported: 0, skipped: 7 });
    expect(read()).toEqual(before);
  });
});
