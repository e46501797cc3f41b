// The merge dialog's server side (issue 29 item 8): the preview says what each ticked group's
// rows become, from the same decisions as the merge; a confirmation carries out exactly what was
// previewed (refused when the ticked groups changed since); each result can be undone at once.
import { setUpEnv, records, iso } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';

const d = (s: string) => new Date(`${s}T09:00:00+07:00`);
const ROWS: Record<string, unknown>[] = [
  // Budi entered twice: the second entry has his email and needs, the first a phone.
  {
    Name: 'Budi Santoso',
    Company: 'PT Maju',
    Phone: '+6281211112222',
    Product: 'Kamera IP',
    Needs: 'CCTV gudang',
    Status: 'Lead',
    'Created At': d('2026-11-02'),
  },
  {
    Name: 'Budi Santoso',
    Company: 'PT Maju',
    Phone: '+6281211112222',
    Email: 'budi@maju.co.id',
    Needs: 'CCTV kantor',
    Source: 'Website',
    Status: 'Lead',
    'Created At': d('2026-11-03'),
  },
  // Sari: a Won deal and a new open one with its own value: one client, two deals.
  {
    Name: 'Sari Dewi',
    Company: 'CV Sejahtera',
    Phone: '+6281333344444',
    Email: 'sari@sejahtera.id',
    Status: 'Won',
    'Deal Value': 40000000,
    'Created At': d('2026-06-01'),
  },
  {
    Name: 'Sari Dewi',
    Company: 'CV Sejahtera',
    Phone: '+6281333344444',
    Status: 'Quotation Sent',
    'Deal Value': 25000000,
    Needs: 'Perluasan gudang',
    'Created At': d('2026-11-20'),
  },
  { Name: 'Andi Wijaya', Company: 'Toko Andi', Phone: '+6281455556666', Status: 'Lead', 'Created At': d('2026-11-05') },
];

function crm(): Environment {
  const e = setUpEnv({ now: '2026-12-07T09:00:00+07:00' });
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  sheet
    .getRange(2, 1, ROWS.length, LEAD_COLUMNS.length)
    .setValues(
      ROWS.map((r, i) =>
        LEAD_COLUMNS.map((c) =>
          c.header === 'Lead ID'
            ? `L-${String(i + 1).padStart(6, '0')}`
            : c.header === 'Owner'
              ? 'rina@firma.id'
              : (r[c.header] ?? ''),
        ),
      ),
    );
  e.call('runDuplicateAuditNow');
  return e;
}

function tickAll(e: Environment): void {
  const sheet = e.spreadsheet.getSheetByName('Duplicates')!;
  const values = sheet.getDataRange().getValues();
  const c = values[0].indexOf('Merge') + 1;
  values.forEach((r, i) => {
    if (/^G\d+$/.test(String(r[0])) && r[c - 1] === false) sheet.getRange(i + 1, c).setValue(true);
  });
}

/** Every tab's values, to see that a preview writes nothing. */
const snapshot = (e: Environment) =>
  JSON.stringify(
    e.spreadsheet.getSheets().map((sh) => [
      sh.getName(),
      sh
        .getDataRange()
        .getValues()
        .map((r) => r.map(iso)),
    ]),
  );

test('the preview says what each row becomes, in the user’s language, and writes nothing', () => {
  const e = crm();
  tickAll(e);
  const before = snapshot(e);
  const p = e.call('getMergePreview');
  expect(snapshot(e)).toBe(before);
  expect(p.lang).toBe('id');
  expect(p.groups.map((g) => [g.group, g.action, g.primary])).toEqual([
    ['G1', 'merge', 'L-000002'],
    ['G2', 'link', 'L-000004'],
  ]);
  const [merge, link] = p.groups;
  // The merge: the primary stays and gets the fields it lacks, from the row they come from; the
  // other goes to the Archive; a value that differs is kept in a note.
  expect(merge.rows.map((r) => [r.leadId, r.becomes, r.status])).toEqual([
    ['L-000001', 'archived', 'Prospek'],
    ['L-000002', 'primary', 'Prospek'],
  ]);
  expect(merge.rows[1].changes).toEqual([{ field: 'Produk', before: '', after: 'Kamera IP', from: 'L-000001' }]);
  // Its own day of entry too: the note says when the copy came in (the primary's stays).
  expect(merge.kept).toEqual([
    { leadId: 'L-000001', field: 'Tanggal masuk', value: '2 Nov 2026' },
    { leadId: 'L-000001', field: 'Kebutuhan', value: 'CCTV gudang' },
  ]);
  // The link: both deals stay, under a new Client ID; the quotation gets the client's email.
  expect(link.clientId).toBe('');
  expect(link.rows.map((r) => [r.leadId, r.becomes, r.changes])).toEqual([
    ['L-000003', 'linked', []],
    ['L-000004', 'linked', [{ field: 'Email', before: '', after: 'sari@sejahtera.id' }]],
  ]);
  expect(JSON.stringify(p.groups)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});

test('confirmed, exactly what was previewed is done; each result is undone at once by its merge ID', () => {
  const e = crm();
  tickAll(e);
  const leadsBefore = records(e.spreadsheet, 'Leads').map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, iso(v)])),
  );
  const p = e.call('getMergePreview');
  const r = e.call('mergeDuplicates', { expect: p.signature });
  expect(r.merged).toEqual([
    { mergeId: expect.stringMatching(/^M-\d{6}$/), primary: 'L-000002', archived: ['L-000001'] },
  ]);
  expect(r.linked).toEqual([
    {
      mergeId: expect.stringMatching(/^M-\d{6}$/),
      clientId: expect.stringMatching(/^C-/),
      leadIds: ['L-000003', 'L-000004'],
    },
  ]);
  const budi = records(e.spreadsheet, 'Leads').find((x) => x['Lead ID'] === 'L-000002')!;
  expect(budi.Product).toBe('Kamera IP');
  expect(records(e.spreadsheet, 'Archive').map((x) => x['Lead ID'])).toEqual(['L-000001']);
  // The note reads as the preview did: labels, the day as people write it, the data name beside.
  const note = records(e.spreadsheet, 'Activities').find((a) => String(a.Summary).startsWith('Penggabungan'))!;
  expect(note.Summary).toMatch(
    /^Penggabungan M-\d{6}: L-000001 digabung ke prospek ini; nilai berbeda disimpan di sini: Tanggal masuk \(Created At\): 2 Nov 2026; Kebutuhan \(Needs\): CCTV gudang$/,
  );
  // Undo, as the dialog's buttons do, the link first then the merge: every row as it was.
  expect(e.call('undoMerge', { mergeId: r.linked[0].mergeId }).restored).toHaveLength(2);
  expect(e.call('undoMerge', { mergeId: r.merged[0].mergeId }).restored).toEqual(['L-000001']);
  const after = records(e.spreadsheet, 'Leads').map((x) =>
    Object.fromEntries(Object.entries(x).map(([k, v]) => [k, iso(v)])),
  );
  const byId = (rows: Record<string, string>[]) => [...rows].sort((a, b) => (a['Lead ID'] < b['Lead ID'] ? -1 : 1));
  expect(byId(after)).toEqual(byId(leadsBefore));
});

test('groups ticked or unticked after the preview: nothing is merged, and the new preview shows what changed', () => {
  const e = crm();
  tickAll(e);
  const p = e.call('getMergePreview');
  // Someone unticks the link group in the tab while the dialog is open.
  const sheet = e.spreadsheet.getSheetByName('Duplicates')!;
  const values = sheet.getDataRange().getValues();
  const c = values[0].indexOf('Merge') + 1;
  sheet.getRange(values.findIndex((row) => row[0] === 'G2') + 1, c).setValue(false);
  const before = snapshot(e);
  expect(() => e.call('mergeDuplicates', { expect: p.signature })).toThrow(
    'Grup yang dicentang di tab Duplicates berubah sejak pratinjau ini, jadi tidak ada yang digabung.',
  );
  expect(snapshot(e)).toBe(before);
  const again = e.call('getMergePreview');
  expect(again.signature).not.toBe(p.signature);
  expect(again.groups.map((g) => g.group)).toEqual(['G1']);
  expect(e.call('mergeDuplicates', { expect: again.signature }).merged).toHaveLength(1);
});

test('a group edited since the audit is shown as skipped, with the reason the merge gives', () => {
  const e = crm();
  tickAll(e);
  e.spreadsheet
    .getSheetByName('Leads')!
    .getRange(2, LEAD_COLUMNS.findIndex((c) => c.header === 'Company') + 1)
    .setValue('PT Maju Jaya');
  const p = e.call('getMergePreview');
  const g1 = p.groups.find((g) => g.group === 'G1')!;
  expect(g1.action).toBe('skip');
  expect(g1.skipped).toBe('Grup G1 dilewati: barisnya berubah sejak audit. Jalankan audit lagi.');
  const r = e.call('mergeDuplicates', { expect: p.signature });
  expect(r.skipped).toEqual([g1.skipped]);
  expect(r.merged).toEqual([]);
});

test('nothing ticked: the preview has no group; the menu opens the dialog', () => {
  // Before any audit too.
  expect(setUpEnv().call('getMergePreview').groups).toEqual([]);
  const e = crm();
  expect(e.call('getMergePreview').groups).toEqual([]);
  e.call('showMergeDialog');
  expect(e.spreadsheetApp.ui.dialogs.map((x) => x.title)).toEqual(['Gabungkan duplikat']);
});
