// importLeads / undoImport through the built bundle: a team's messy sheet comes in
// mapped, cleaned and reported, all rows or none; undo leaves the workbook as it was.
import type { Environment } from '../../src/local/environment';
import { setUpEnv, records, ok } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';

const col = (h: string) => LEAD_COLUMNS.findIndex((c) => c.header === h) + 1;

const importLeads = (e: Environment, req: object) => e.call('importLeads', req);

// Kept the way small businesses keep leads: Excel's Indonesian `;`, a BOM, CRLF, a quoted line break.
const MESSY = [
  '\uFEFFNo;Nama Klien;PT;No. HP;E-mail;Sumber;Keterangan;Status;Sales;Nilai Penawaran;Tgl Masuk',
  '1;Budi Santoso;PT Maju;0812 3456 7890 / 0813-1111-2222; Budi@Maju.CO.ID ;WA;CCTV gudang;Deal;sari@contoh.id;Rp 25.000.000;28/11/2026',
  '2;Siti;CV Abadi;6.28123E+12;siti@abadi;IG;Alarm;Penawaran;Sari;78.000.000;31/02/2026',
  '3;"Andi; W.";;(021) 555-1234;;Pameran;"Access',
  'control";Nego;;12,5 jt;28 Nopember 2026',
  '4;Dewi;Klinik;0857 1122 3344;dewi@klinik.id;Radio;Antrian;Hot;;-5000000;13/01/2026',
].join('\r\n');

/** What a person sees of the CRM tabs (the Run Log aside). */
function state(e: Environment) {
  const tab = (n: string) => e.spreadsheet.getSheetByName(n)!;
  return {
    leadsHeader: tab('Leads').getRange(1, 1, 1, tab('Leads').getMaxColumns()).getValues()[0],
    leads: records(e.spreadsheet, 'Leads'),
    activities: records(e.spreadsheet, 'Activities'),
    status: records(e.spreadsheet, '_lembar_status'),
  };
}

describe('importLeads', () => {
  test('a check and an unanswered question write nothing; answered, every row comes in cleaned', () => {
    const e = setUpEnv();
    e.call('submitLead', { name: 'Lama', phone: '0857-1122-3344', source: 'Website', needs: 'x' });
    const before = state(e);
    const dry = importLeads(e, { csv: MESSY, fileName: 'leads lama.csv', dryRun: true });
    expect(dry.ok).toBe(false); // Hot and Radio need an answer
    expect(dry.questions.map((q) => [q.kind, q.value])).toEqual([
      ['status', 'Hot'],
      ['source', 'Radio'],
    ]);
    expect(state(e)).toEqual(before);
    const asked = importLeads(e, { csv: MESSY, fileName: 'leads lama.csv' });
    expect(asked.ok).toBe(false);
    expect(asked.message).toMatch(/2 nilai perlu dijawab/);
    expect(state(e)).toEqual(before);
    const answers = { statusMap: { Hot: 'Negotiation' }, sourceMap: { Radio: '(keep)' } };
    const checked = importLeads(e, { csv: MESSY, fileName: 'leads lama.csv', dryRun: true, ...answers });
    expect(checked.ok).toBe(true);
    expect(checked.message).toMatch(/Diperiksa: 4 prospek baru, 0 baris dilewati/);
    // Dewi shares Lama's phone: both sides shown; not the same client, so a lead of its own by default.
    expect(checked.duplicates).toEqual([
      expect.objectContaining({
        row: 5,
        name: 'Dewi',
        company: 'Klinik',
        status: 'Hot',
        sameClient: false,
        matchedOn: ['phone'],
        action: 'separate',
        others: [{ leadId: 'L-000001', row: null, name: 'Lama', company: '', status: 'Lead' }],
      }),
    ]);
    // `Sari` is the owner the file writes as sari@contoh.id on row 2: one person, no question.
    expect(checked.owners).toEqual([
      expect.objectContaining({ value: 'sari@contoh.id', rows: 1, email: 'sari@contoh.id', how: 'email' }),
      expect.objectContaining({ value: 'Sari', rows: 1, email: 'sari@contoh.id', how: 'name' }),
    ]);
    expect(checked.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [3, 'No. HP', '6.28123E+12'],
      [3, 'E-mail', 'siti@abadi'],
      [3, 'Tgl Masuk', '31/02/2026'],
      [5, 'Nilai Penawaran', '-5000000'],
    ]);
    expect(state(e)).toEqual(before);

    const done = importLeads(e, { csv: MESSY, fileName: 'leads lama.csv', ...answers });
    expect(done).toMatchObject({ ok: true, importId: 'I-000001', imported: 4 });
    expect(done.message).toBe('4 prospek diimpor sebagai L-000002 sampai L-000005 (impor I-000001).');
    const leads = records(e.spreadsheet, 'Leads').slice(1);
    expect(
      leads.map((l) => [
        l['Lead ID'],
        l.Name,
        l.Phone,
        l.Email,
        l.Source,
        l.Status,
        l['Deal Value'],
        l['Other Phones'],
      ]),
    ).toEqual([
      ['L-000002', 'Budi Santoso', '+6281234567890', 'budi@maju.co.id', 'WhatsApp', 'Won', 25000000, '+6281311112222'],
      ['L-000003', 'Siti', '6.28123E+12', 'siti@abadi', 'Social Media', 'Quotation Sent', 78000000, ''],
      ['L-000004', 'Andi; W.', '+62215551234', '', 'Event', 'Negotiation', 12500000, ''],
      ['L-000005', 'Dewi', '+6285711223344', 'dewi@klinik.id', 'Radio', 'Negotiation', '-5000000', ''],
    ]);
    // The sheet's running number (No: 1, 2, 3, 4) is left out, not kept as a column of Leads.
    expect(Object.keys(leads[0])).not.toContain('No');
    expect(leads[2].Needs).toBe('Access\ncontrol'); // a line break as a sheet stores it
    expect((leads[0]['Created At'] as Date).toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(leads[1]['Created At']).toBe('31/02/2026'); // reported, never stored as another date
    expect(leads[2].Owner).toBe('sales@example.com'); // the person importing
    // One Note per lead names the file and the import; every lead can be opened in the sidebar.
    const notes = records(e.spreadsheet, 'Activities').filter((a) => a.Type === 'Note');
    expect(notes.map((n) => [n['Lead ID'], n.Summary])).toEqual(
      leads.map((l) => [l['Lead ID'], 'Diimpor dari leads lama.csv (impor I-000001).']),
    );
    for (const l of leads) {
      e.spreadsheet
        .getSheetByName('Leads')!
        .getRange(leads.indexOf(l) + 3, 1)
        .activate();
      expect(e.call('getSelectedLead')?.leadId).toBe(l['Lead ID']);
    }
    // The Status column's dropdown covers the new rows, and onEdit knows their statuses.
    expect(() => e.userEdit('Leads', 3, col('Status'), [['Hot']])).toThrow(/violates/);
    e.userEdit('Leads', 6, col('Status'), [['Lead']]);
    expect(records(e.spreadsheet, 'Leads')[4].Status).toBe('Negotiation'); // Negotiation → Lead is not allowed: put back
  });

  test('undoImport leaves the workbook as it was, numbers are never reused, and a worked lead blocks it', () => {
    const e = setUpEnv();
    e.call('submitLead', { name: 'Lama', phone: '0812-0000-0001', source: 'Website', needs: 'x' });
    const before = state(e);
    const answers = { statusMap: { Hot: 'Negotiation' }, sourceMap: { Radio: '(keep)' } };
    const first = importLeads(e, { csv: MESSY, fileName: 'a.csv', ...answers });
    const undone = e.call('undoImport', { importId: first.importId! });
    expect(undone.removed).toBe(4);
    expect(state(e)).toEqual(before);
    expect(() => e.call('undoImport', { importId: first.importId! })).toThrow(/sudah dibatalkan/);
    expect(() => e.call('undoImport', { importId: 'I-999999' })).toThrow(/Tidak ada impor I-999999/);
    const second = importLeads(e, { csv: MESSY, fileName: 'a.csv', ...answers });
    expect(second.message).toMatch(/L-000006 sampai L-000009 \(impor I-000002\)/);
    e.call('logActivity', { leadId: 'L-000007', type: 'Follow-up Call', summary: 'Sudah ditelepon' });
    expect(() => e.call('undoImport', { importId: second.importId! })).toThrow(
      /1 prospeknya sudah dikerjakan.*L-000007/,
    );
  });

  test('an import killed at any service call is rolled back by the next one, and loses nothing', () => {
    const csv = 'Nama,HP,Catatan\nSatu,0812-1111-0001,a\nDua,0812-1111-0002,b\n';
    const probe = setUpEnv();
    probe.call('submitLead', { name: 'Lama', phone: '0812-0000-0001', source: 'Website', needs: 'x' });
    // Where a run can die with something half written: at each call that writes (and the first).
    const names: string[] = [];
    probe.counter.fault = (name) => {
      names.push(name);
      return null;
    };
    importLeads(probe, { csv });
    probe.counter.fault = null;
    const points = names
      .map((n, i) => (i === 0 || /\.(set|insert|delete|append|clear)/.test(n) ? i + 1 : 0))
      .filter((i) => i > 0);
    expect(points.length).toBeGreaterThan(8);
    for (const failAt of points) {
      const e = setUpEnv();
      e.call('submitLead', { name: 'Lama', phone: '0812-0000-0001', source: 'Website', needs: 'x' });
      const before = state(e);
      const t0 = e.counter.total;
      e.counter.fault = (_n, _k, total) =>
        total - t0 === failAt ? new Error('Exceeded maximum execution time') : null;
      let killed = false;
      try {
        importLeads(e, { csv });
      } catch {
        killed = true;
      }
      e.counter.fault = null;
      expect({ failAt, killed }).toEqual({ failAt, killed: true });
      const dead = records(e.spreadsheet, 'Leads')
        .slice(1)
        .map((l) => l['Lead ID']);
      // The next run first takes back what a dead import wrote: the workbook holds all of it
      // (the run died after its last write, releasing the lock) or none of it, never part.
      importLeads(e, { csv, dryRun: true });
      const names = records(e.spreadsheet, 'Leads').map((l) => l.Name);
      expect({
        failAt,
        whole: JSON.stringify(names) === '["Lama"]' || JSON.stringify(names) === '["Lama","Satu","Dua"]',
      }).toEqual({ failAt, whole: true });
      if (names.length === 3) continue;
      const again = importLeads(e, { csv });
      expect({ failAt, ok: again.ok }).toEqual({ failAt, ok: true });
      const leads = records(e.spreadsheet, 'Leads');
      expect({ failAt, names: leads.map((l) => l.Name) }).toEqual({ failAt, names: ['Lama', 'Satu', 'Dua'] });
      const ids = leads.map((l) => l['Lead ID']);
      expect(new Set(ids).size).toBe(3);
      expect({ failAt, reused: ids.filter((id) => dead.includes(id)) }).toEqual({ failAt, reused: [] }); // a dead import's numbers are never handed out again
      e.call('undoImport', { importId: again.importId! });
      expect({ failAt, same: JSON.stringify(state(e)) === JSON.stringify(before) }).toEqual({ failAt, same: true });
    }
  });

  test('a tab of the spreadsheet (a team’s old sheet) imports with its typed values', () => {
    const e = setUpEnv();
    const old = e.spreadsheet.insertSheet('Data Lama');
    old.getRange(1, 1, 3, 4).setValues([
      ['Nama', 'No HP', 'Tanggal', 'Status'],
      ['Rina', '0812-2222-3333', new Date('2026-10-01T00:00:00+07:00'), 'Baru'],
      ['Joko', 6281234567891, new Date('2026-10-02T00:00:00+07:00'), 'Menang'],
    ]);
    const r = importLeads(e, { tab: 'Data Lama' });
    expect(r).toMatchObject({ ok: true, imported: 2 });
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([[3, 'No HP']]);
    // What a person reads of the tab's dates: the day in words, never ISO.
    expect(r.sample[0][2]).toBe('1 Okt 2026');
    expect(r.preview.rows[0]).toHaveLength(4);
    expect(r.preview.rows[0]).toEqual(expect.arrayContaining(['Rina', '0812-2222-3333', 'Prospek', '1 Okt 2026']));
    const leads = records(e.spreadsheet, 'Leads');
    expect(leads.map((l) => [l.Name, l.Phone, l.Status, (l['Created At'] as Date).toISOString()])).toEqual([
      ['Rina', '+6281222223333', 'Lead', '2026-09-30T17:00:00.000Z'],
      ['Joko', '6281234567891', 'Won', '2026-10-01T17:00:00.000Z'],
    ]);
    expect(() => importLeads(e, { tab: 'Leads' })).toThrow(/Tidak ada tab bernama "Leads"/);
  });

  test('bad requests get a clear message and write nothing', () => {
    const e = setUpEnv();
    expect(() => importLeads(e, {})).toThrow(/teks CSV atau nama tab/);
    expect(() => importLeads(e, { csv: 'Name,Phone\n"Budi,0812\n' })).toThrow(/tidak bisa dibaca sebagai CSV.*baris 2/);
    expect(importLeads(e, { csv: 'Kota\nSolo\n' }).message).toMatch(/Belum ada kolom untuk Nama \(Name\)/);
    expect(records(e.spreadsheet, 'Leads')).toEqual([]);
  });
});

test('setupCrm numbers rows typed or pasted into Leads without a Lead ID', () => {
  const e = setUpEnv();
  e.call('submitLead', { name: 'Satu', phone: '0812-1111-0001', source: 'Website', needs: 'x' });
  e.userEdit('Leads', 3, col('Name'), [['Ketik Manual'], ['Tempel Juga']], 'paste');
  const r = e.call('setupCrm');
  expect(r.numbered).toBe(2);
  // Each a client of its own: their Client IDs come after the one entry gave.
  expect(records(e.spreadsheet, 'Leads').map((l) => [l['Lead ID'], l['Client ID'], l.Name])).toEqual([
    ['L-000001', 'C-000001', 'Satu'],
    ['L-000002', 'C-000002', 'Ketik Manual'],
    ['L-000003', 'C-000003', 'Tempel Juga'],
  ]);
  expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/2 baris Leads punya nama tetapi belum punya Lead ID/);
  expect(e.call('setupCrm').numbered).toBe(0);
  const next = ok(e.call('submitLead', { name: 'Empat', phone: '0812-1111-0004', source: 'Website', needs: 'x' }));
  expect(next.leadId).toBe('L-000004');
});

test('imported rows of a known client get its Client ID; rows of one new client share a new one', () => {
  const e = setUpEnv();
  ok(
    e.call('submitLead', {
      name: 'Agus Salim',
      company: 'PT Sinar',
      phone: '0812-7000-0001',
      source: 'Website',
      needs: 'x',
    }),
  );
  ok(e.call('submitLead', { name: 'Rina Wati', phone: '0812-7000-0002', source: 'Website', needs: 'x' }));
  const csv = [
    'Name,Company,Phone,Email,Source,Needs,Status',
    // The same person at the same company, a new number: a known client.
    'Bpk. Agus Salim,PT. Sinar,0813 9000 0009,,Website,Tambah kamera,Lead',
    // A new client twice (a second need), and someone else on Rina's family phone.
    'Yudi Hartono,CV Laris,0812 7000 0777,yudi@laris.id,Website,CCTV,Lead',
    'Yudi Hartono,CV Laris,,yudi@laris.id,Website,Alarm,Lead',
    'Bambang Wati,,0812-7000-0002,,Website,Alarm,Lead',
  ].join('\n');
  ok(importLeads(e, { csv, fileName: 'x.csv' }));
  const ids = records(e.spreadsheet, 'Leads').map((l) => l['Client ID']);
  expect(ids).toEqual(['C-000001', 'C-000002', 'C-000001', 'C-000003', 'C-000003', 'C-000004']);
  // The counter moved past them: the next client is a new number.
  ok(e.call('submitLead', { name: 'Orang Baru', phone: '0812-7000-0099', source: 'Website', needs: 'x' }));
  expect(records(e.spreadsheet, 'Leads').at(-1)!['Client ID']).toBe('C-000005');
});
