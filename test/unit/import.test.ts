// The import planner: columns and values mapped, cells cleaned by the sidebar's
// normalisers, every unfixable cell reported with its row and column, duplicates found.
import { parseTypedDate, dayOrderOf } from '../../src/core/import-dates';
import { suggestMapping, suggestValues } from '../../src/core/import-map';
import { planImport, KEEP, NOTE_COLUMN, OTHER_PHONES, SKIP_COLUMN, type SourceTable } from '../../src/core/import';
import { NO_OWNER } from '../../src/core/people';
import { parseCsvText } from '../../src/core/csv';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { userText } from '../../src/core/i18n';

const none = { phone: [], email: [] };
const plan = (
  t: SourceTable,
  answers = {},
  existing: { phone: unknown[]; email: unknown[] } = none,
  team: { email: string; name: string }[] = [],
) => planImport(t, answers, DEFAULT_SETTINGS, { leads: { Phone: existing.phone, Email: existing.email }, team }, 420);

describe('dates as teams type them', () => {
  test.each([
    ['28/11/2026', 'dmy', '2026-11-28'],
    ['28-11-2026', 'dmy', '2026-11-28'],
    ['11/28/2026', 'mdy', '2026-11-28'],
    ['28 Nov 2026', 'dmy', '2026-11-28'],
    ['28 Nopember 2026', 'dmy', '2026-11-28'],
    ['3 Agustus 2026', 'dmy', '2026-08-03'],
    ['1 Mei 26', 'dmy', '2026-05-01'],
    ['2026-11-28', 'dmy', '2026-11-28'],
    [46354, 'dmy', '2026-11-28'],
    ['46354', 'dmy', '2026-11-28'],
  ] as const)('%s (%s) is %s', (v, order, want) => {
    expect(parseTypedDate(v, order)).toEqual({ ok: true, ymd: want });
  });
  test('impossible and unreadable dates are told apart', () => {
    expect(parseTypedDate('31/02/2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseTypedDate('30 Februari 2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseTypedDate('minggu depan')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseTypedDate('28 Foo 2026')).toEqual({ ok: false, reason: 'unreadable' });
  });
  test('the day-month order of a column comes from the values that can only be read one way', () => {
    expect(dayOrderOf(['03/04/2026', '11/28/2026'])).toEqual({ order: 'mdy', conflict: false });
    expect(dayOrderOf(['03/04/2026', '28/11/2026'])).toEqual({ order: 'dmy', conflict: false });
    expect(dayOrderOf(['03/04/2026'])).toEqual({ order: 'dmy', conflict: false });
    expect(dayOrderOf(['28/11/2026', '11/28/2026']).conflict).toBe(true);
  });
});

describe('mapping suggestions', () => {
  test('English and Indonesian headers as teams write them', () => {
    expect(
      suggestMapping([
        'Nama Klien',
        'PT',
        'No. HP',
        'E-mail',
        'Sumber',
        'Keterangan',
        'Status',
        'PIC',
        'Nilai Penawaran',
        'Tgl Masuk',
        'Catatan Lain',
      ]),
    ).toEqual({
      'Nama Klien': 'Name',
      PT: 'Company',
      'No. HP': 'Phone',
      'E-mail': 'Email',
      Sumber: 'Source',
      Keterangan: 'Needs',
      Status: 'Status',
      PIC: 'Owner',
      'Nilai Penawaran': 'Deal Value',
      'Tgl Masuk': 'Created At',
      'Catatan Lain': '',
    });
  });
  test('a Leads header goes to the first column naming it; the second is kept as the team’s', () => {
    expect(suggestMapping(['No HP', 'WA'])).toEqual({ 'No HP': 'Phone', WA: '' });
  });
  test('status and source values, only to what Settings lists', () => {
    expect(
      suggestValues(
        'status',
        [
          'Deal',
          'menang',
          'Penawaran',
          'Nego',
          'Batal',
          'Kalah',
          'Baru',
          'Prospek',
          'Selesai',
          'Klien lama',
          'won',
          'Hot',
        ],
        DEFAULT_SETTINGS.statuses,
      ),
    ).toEqual({
      Deal: 'Won',
      menang: 'Won',
      Penawaran: 'Quotation Sent',
      Nego: 'Negotiation',
      Batal: 'Lost',
      Kalah: 'Lost',
      Baru: 'Lead',
      Prospek: 'Lead',
      Selesai: 'Past Client',
      'Klien lama': 'Past Client',
      won: 'Won',
      Hot: '',
    });
    expect(suggestValues('source', ['WA', 'IG', 'Instagram', 'web'], DEFAULT_SETTINGS.sources)).toEqual({
      WA: 'WhatsApp',
      IG: 'Social Media',
      Instagram: 'Social Media',
      web: 'Website',
    });
    expect(suggestValues('source', ['WA'], ['Website'])).toEqual({ WA: '' });
  });
});

describe('planImport', () => {
  const table: SourceTable = {
    headers: ['Nama', 'No HP', 'Email', 'Sumber', 'Status', 'Nilai', 'Tanggal', 'Catatan'],
    rows: [
      [
        'Budi',
        '0812 3456 7890 / 0813-1111-2222',
        ' Budi@Maju.CO.ID ',
        'WA',
        'Deal',
        'Rp 25.000.000',
        '28/11/2026',
        'lama',
      ],
      ['Siti', '6.28123E+12', 'siti@abadi', 'IG', 'Penawaran', '78.000.000', '31/02/2026', ''],
      ['Andi', '(021) 555-1234', '', 'Pameran', '', '12,5 jt', '28 Nopember 2026', ''],
      ['', '', '', '', '', '', '', ''],
      ['', '0857 1122 3344', 'x@y.id', 'WA', 'Baru', '-5.000.000', '13/01/2026', ''],
      ['Eko', '0812-3456-7890', 'eko@z.id', 'Website', 'Lead', '1,2 M', '', ''],
    ],
  };
  const p = plan(table);

  test('values are cleaned by the sidebar’s normalisers', () => {
    expect(p.fatal).toBeNull();
    expect(p.questions).toEqual([]);
    expect(p.leads.map((l) => l.row)).toEqual([2, 3, 4, 6, 7]); // the empty row is not a lead
    const [budi, siti, andi, noName, eko] = p.leads;
    expect(budi.values).toMatchObject({
      Name: 'Budi',
      Phone: '+6281234567890',
      Email: 'budi@maju.co.id',
      Source: 'WhatsApp',
      Status: 'Won',
      'Deal Value': 25000000,
      'Created At': '2026-11-28',
    });
    expect(budi.values.Needs).toBe('lama'); // Catatan (notes) is what this file has for Needs
    expect(budi.extra).toEqual({ [OTHER_PHONES]: '+6281311112222' });
    expect(siti.values).toMatchObject({
      Phone: '6.28123E+12',
      Email: 'siti@abadi',
      'Deal Value': 78000000,
      'Created At': '31/02/2026',
      Status: 'Quotation Sent',
    });
    expect(andi.values).toMatchObject({
      Phone: '+62215551234',
      Source: 'Event',
      Status: 'Lead',
      'Deal Value': 12500000,
      'Created At': '2026-11-28',
    });
    expect(noName.values).toMatchObject({ Status: 'Lead', 'Deal Value': '-5.000.000' });
    expect(eko.values['Deal Value']).toBe(1200000000);
    expect(p.teamColumns).toEqual([OTHER_PHONES]);
  });

  test('each unfixable cell is reported with its row, column and value', () => {
    expect(p.problems.map((x) => [x.row, x.column, x.value, x.message.key])).toEqual([
      [3, 'No HP', '6.28123E+12', 'import.phoneAsNumber'],
      [3, 'Email', 'siti@abadi', 'import.emailInvalid'],
      [3, 'Tanggal', '31/02/2026', 'import.dateImpossible'],
      [6, 'Nilai', '-5.000.000', 'import.moneyNegative'],
      [6, 'Nama', '', 'import.nameMissing'],
    ]);
  });

  test('duplicates within the file and against existing leads, by the lead-entry rule', () => {
    // Eko shares Budi's phone: not the same client, so by default a lead of its own.
    expect(p.duplicates).toEqual([
      { row: 7, existing: [], rows: [2], matchedOn: ['phone'], sameClient: false, action: 'separate' },
    ]);
    const q = plan(table, {}, { phone: ['', '+62 857-1122-3344'], email: ['', ''] });
    expect(q.duplicates).toContainEqual(
      expect.objectContaining({ row: 6, existing: [1], rows: [], matchedOn: ['phone'] }),
    );
  });

  test('unknown values are questions until answered; a source may be kept as written', () => {
    const t: SourceTable = {
      headers: ['Name', 'Status', 'Source'],
      rows: [
        ['A', 'Hot', 'Radio'],
        ['B', 'Hot', 'WA'],
      ],
    };
    const asked = plan(t);
    expect(asked.questions).toEqual([
      { kind: 'status', value: 'Hot', rows: 2 },
      { kind: 'source', value: 'Radio', rows: 1 },
    ]);
    const answered = plan(t, { statusMap: { Hot: 'Negotiation' }, sourceMap: { Radio: KEEP } });
    expect(answered.questions).toEqual([]);
    expect(answered.leads.map((l) => [l.values.Status, l.values.Source])).toEqual([
      ['Negotiation', 'Radio'],
      ['Negotiation', 'WhatsApp'],
    ]);
    expect(plan(t, { statusMap: { Hot: 'Panas' } }).fatal).toEqual({
      key: 'import.badStatus',
      params: { value: userText('Hot'), target: userText('Panas') },
    });
  });

  test('a mapping a write cannot follow stops everything', () => {
    expect(plan({ headers: ['Kota'], rows: [['Solo']] }).fatal?.key).toBe('import.noName');
    expect(plan({ headers: ['Name'], rows: [] }).fatal?.key).toBe('import.empty');
    expect(plan({ headers: ['Nama', 'Name'], rows: [['a', 'b']] }, { mapping: { Name: 'Name' } }).fatal?.key).toBe(
      'import.twice',
    );
    expect(plan({ headers: ['Nama', 'X'], rows: [['a', 'b']] }, { mapping: { X: 'Lead ID' } }).fatal?.key).toBe(
      'import.badTarget',
    );
  });

  test('values a tab already typed: dates, and a phone the sheet made a number', () => {
    const t: SourceTable = {
      headers: ['Name', 'Phone', 'Created At'],
      rows: [['A', 6281234567890, new Date('2026-11-27T17:00:00Z')]],
    };
    const r = plan(t);
    expect(r.leads[0].values).toMatchObject({ Phone: '6281234567890', 'Created At': '2026-11-28' });
    expect(r.problems.map((x) => x.message.key)).toEqual(['import.phoneAsNumber']);
  });
});

describe('CSV as spreadsheets write it (Papa Parse)', () => {
  test('semicolons, a BOM, CRLF, mixed line ends and quoted line breaks', () => {
    expect(parseCsvText('\uFEFFNama;Kebutuhan\r\nBudi;"CCTV\r\n8 kamera"\nSiti;"a;b"\r\n')).toEqual({
      ok: true,
      rows: [
        ['Nama', 'Kebutuhan'],
        ['Budi', 'CCTV\n8 kamera'],
        ['Siti', 'a;b'],
      ],
    });
  });
  test('tabs (a block copied from a sheet)', () => {
    expect(parseCsvText('Nama\tHP\nBudi\t0812\n')).toEqual({
      ok: true,
      rows: [
        ['Nama', 'HP'],
        ['Budi', '0812'],
      ],
    });
  });
  test('an unclosed quote is refused with its row', () => {
    expect(parseCsvText('Name,Phone\n"Budi,0812\n')).toMatchObject({ ok: false, row: 2 });
  });
});

const PROTO = '__proto__';
describe('columns named like object members, repeated or without a header; entry’s limits', () => {
  test('every column gets a name of its own, and the renamed ones are reported', () => {
    const r = plan({
      headers: ['Nama', 'Kota', 'Kota', '', 'constructor', '__proto__', ''],
      rows: [['Budi', 'Solo', 'Jogja', 'tanpa judul', 'a', 'b', '', 'lebih']],
    });
    expect(r.headers).toEqual(['Nama', 'Kota', 'Kota (2)', 'Column D', 'constructor', '__proto__', 'Column H']);
    expect(r.problems.map((p) => [p.row, p.column, p.value, p.message.key])).toEqual([
      [1, 'Kota (2)', 'Kota', 'import.headerDuplicate'],
      [1, 'Column D', '', 'import.headerEmpty'],
      [1, 'Column H', '', 'import.headerEmpty'],
    ]);
    expect(r.teamColumns).toEqual(['Kota', 'Kota (2)', 'Column D', 'constructor', '__proto__', 'Column H']);
    expect({ ...r.leads[0].extra }).toEqual({
      Kota: 'Solo',
      'Kota (2)': 'Jogja',
      'Column D': 'tanpa judul',
      constructor: 'a',
      [PROTO]: 'b',
      'Column H': 'lebih',
    });
    expect(Object.getPrototypeOf(r.mapping)).toBeNull();
  });
  test('values named like object members are questions like any other', () => {
    const r = plan({ headers: ['Name', 'Status', 'Source'], rows: [['A', 'constructor', 'toString']] });
    expect(r.questions.map((q) => q.value)).toEqual(['constructor', 'toString']);
    const answered = plan(
      { headers: ['Name', 'Status', 'Source'], rows: [['A', 'constructor', 'toString']] },
      { statusMap: { constructor: 'Won' }, sourceMap: { toString: KEEP } },
    );
    expect(answered.leads[0].values).toMatchObject({ Status: 'Won', Source: 'toString' });
  });
  test('text over entry’s limit or a cell’s stops the import, named in the report', () => {
    const r = plan({
      headers: ['Nama', 'Perusahaan', 'Kota'],
      rows: [['B'.repeat(101), 'C'.repeat(151), 'x'.repeat(50000)]],
    });
    expect(r.problems.map((p) => [p.column, p.message.key, p.blocking, p.value.length])).toEqual([
      ['Nama', 'import.tooLong', true, 101],
      ['Perusahaan', 'import.tooLong', true, 151],
      ['Kota', 'import.cellTooLong', true, 200],
    ]);
  });
  test('Follow-ups, Last Contact and Status Changed At are read from the file', () => {
    expect(suggestMapping(['Follow-ups', 'Last Contact', 'Status Changed At', 'Follow up'])).toEqual({
      'Follow-ups': 'Follow-ups',
      'Last Contact': 'Last Contact',
      'Status Changed At': 'Status Changed At',
      'Follow up': 'Next Follow-up',
    });
    const r = plan({ headers: ['Name', 'Follow-ups', 'Last Contact'], rows: [['A', '2', '03/11/2026']] });
    expect(r.leads[0].values).toMatchObject({ 'Follow-ups': 2, 'Last Contact': '2026-11-03' });
  });
});

describe('owners, columns left out, duplicates by action', () => {
  const TEAM = [
    { email: 'rudi.h@toko.id', name: 'Rudi Hartono' },
    { email: 'rudi.s@toko.id', name: 'Rudi Santoso' },
    { email: 'rina@toko.id', name: 'Rina' },
  ];
  const t: SourceTable = {
    headers: ['No', 'Nama', 'HP', 'Sales', 'Kebutuhan'],
    rows: [
      ['1', 'Ani', '0812 1000 0001', 'Rudi', 'CCTV'],
      ['2', 'Budi', '0812 1000 0002', 'rina', 'Alarm'],
      ['3', 'Ani', '0812 1000 0001', 'Rudi', 'CCTV'],
      ['4', 'Ani', '0812 1000 0001', 'Rudi', 'Pagar'],
      ['5', 'Cici', '0812 1000 0005', 'RINA', ''],
    ],
  };

  test('an owner two people could be is asked once with both; a bad answer stops everything', () => {
    const p = plan(t, { mapping: { No: SKIP_COLUMN } }, none, TEAM);
    expect(p.teamColumns).toEqual([]); // the running number is not imported at all
    expect(p.owners.map((o) => [o.value, o.rows, o.email, o.how])).toEqual([
      ['Rudi', 3, '', 'ambiguous'],
      ['rina', 2, 'rina@toko.id', 'name'],
    ]);
    expect(p.questions).toEqual([
      { kind: 'owner', value: 'Rudi', rows: 3, candidates: ['rudi.h@toko.id', 'rudi.s@toko.id'] },
    ]);
    expect(plan(t, { ownerMap: { Rudi: 'Rudi H' } }, none, TEAM).fatal?.key).toBe('import.badOwner');
    const answered = plan(t, { mapping: { No: SKIP_COLUMN }, ownerMap: { rudi: 'rudi.s@toko.id' } }, none, TEAM);
    expect(answered.questions).toEqual([]);
    expect(answered.leads.map((l) => [l.row, l.values.Owner])).toEqual([
      [2, 'rudi.s@toko.id'],
      [3, 'rina@toko.id'],
      [5, 'rudi.s@toko.id'], // the same client, another need: a new deal
      [6, 'rina@toko.id'],
    ]);
    expect(answered.duplicates.map((d) => [d.row, d.rows, d.sameClient, d.action])).toEqual([
      [4, [2], true, 'skip'],
      [5, [2, 4], true, 'newDeal'],
    ]);
    expect(answered.leads.find((l) => l.row === 5)?.clientOfRow).toBe(2);
    const none_ = plan(t, { ownerMap: { Rudi: NO_OWNER } }, none, TEAM);
    expect(none_.leads[0].values.Owner).toBe('');
  });

  test('fill: a repeated row gives the earlier one its empty fields, or an existing lead its own', () => {
    const rows: SourceTable = {
      headers: ['Nama', 'HP', 'Email', 'Kebutuhan'],
      rows: [
        ['Dodi', '0812 2000 0001', '', ''],
        ['Dodi', '0812 2000 0001', 'dodi@x.id', 'CCTV'],
      ],
    };
    const inFile = plan(rows, { duplicates: { '3': 'fill' } });
    expect(inFile.leads.map((l) => [l.row, l.values.Email, l.values.Needs])).toEqual([[2, 'dodi@x.id', 'CCTV']]);
    expect(inFile.skipped).toBe(1);
    const existing = planImport(
      rows,
      { duplicates: { '2': 'fill', '3': 'fill' } },
      DEFAULT_SETTINGS,
      { leads: { Name: ['Dodi'], Phone: ['+6281220000001'], Email: [''], Needs: ['Alarm'] }, team: [] },
      420,
    );
    expect(existing.leads).toEqual([]);
    // Only what is empty on the lead: its Needs stays Alarm.
    expect(existing.fills).toEqual([{ row: 3, index: 0, values: { Email: 'dodi@x.id' } }]);
  });
});

describe('a sheet’s running number', () => {
  const withNumbers = (header: string, numbers: unknown[]): SourceTable => ({
    headers: [header, 'Nama', 'No HP'],
    rows: numbers.map((n, i) => [n, `Klien ${i}`, `0812-3456-78${String(10 + i)}`]),
  });
  test('is suggested as not imported, not kept as a team column of Leads', () => {
    for (const header of ['No', 'No.', '#', 'Nomor', 'No Urut'])
      expect({ header, to: plan(withNumbers(header, ['1', '2', '', 3])).mapping[header] }).toEqual({
        header,
        to: SKIP_COLUMN,
      });
  });
  test('only when every value counts up: other numbers, or another header, stay the team’s column', () => {
    expect(plan(withNumbers('No', ['1', '1', '2'])).mapping.No).toBe('');
    expect(plan(withNumbers('No', ['A-1', 'A-2', 'A-3'])).mapping.No).toBe('');
    expect(plan(withNumbers('Kode', ['1', '2', '3'])).mapping.Kode).toBe('');
    expect(plan(withNumbers('No', ['1', '2', '3']), { mapping: { No: '' } }).mapping.No).toBe('');
    expect(plan(withNumbers('No', ['1', '2', '3'])).mapping['No HP']).toBe('Phone');
  });
});

describe('a team’s remarks column (Keterangan, Catatan) becomes a Note on each lead', () => {
  test('suggested as a Note beside a needs column, or under a name only remarks have; alone it is Needs', () => {
    expect(suggestMapping(['Nama', 'Kebutuhan', 'Keterangan'])).toEqual({
      Nama: 'Name',
      Kebutuhan: 'Needs',
      Keterangan: NOTE_COLUMN,
    });
    expect(suggestMapping(['Nama', 'Keterangan', 'Kebutuhan'])).toMatchObject({
      Keterangan: NOTE_COLUMN,
      Kebutuhan: 'Needs',
    });
    expect(suggestMapping(['Nama', 'Keterangan'])).toMatchObject({ Keterangan: 'Needs' });
    expect(suggestMapping(['Nama', 'Keterangan', 'Catatan', 'Remarks', 'Kota'])).toEqual({
      Nama: 'Name',
      Keterangan: 'Needs',
      Catatan: NOTE_COLUMN,
      Remarks: NOTE_COLUMN,
      Kota: '',
    });
  });

  const sheet: SourceTable = {
    headers: ['Nama', 'Kebutuhan', 'Keterangan', 'Catatan'],
    rows: [
      ['Dodi', 'CCTV', 'sudah kirim sampel', 'minta diskon'],
      ['Eka', 'Alarm', '', ''],
      ['Fajar', '', new Date(Date.UTC(2026, 10, 28)), ''],
    ],
  };
  test('each row’s remarks under their column’s name; no team column; a row without remarks has none', () => {
    const p = planImport(sheet, {}, DEFAULT_SETTINGS, { leads: {}, team: [] }, 420, 'id');
    expect(p.mapping).toMatchObject({ Keterangan: NOTE_COLUMN, Catatan: NOTE_COLUMN });
    expect(p.teamColumns).toEqual([]);
    expect(p.leads.map((l) => [l.values.Name, l.values.Needs, l.note])).toEqual([
      ['Dodi', 'CCTV', 'Keterangan: sudah kirim sampel · Catatan: minta diskon'],
      ['Eka', 'Alarm', undefined],
      // A date a tab typed reads as a person writes it, never ISO.
      ['Fajar', undefined, 'Keterangan: 28 Nov 2026'],
    ]);
    expect(p.leads.every((l) => !('Keterangan' in l.extra))).toBe(true);
    // Chosen away: the team's own column again.
    const kept = planImport(sheet, { mapping: { Catatan: '' } }, DEFAULT_SETTINGS, { leads: {}, team: [] }, 420, 'id');
    expect(kept.teamColumns).toEqual(['Catatan']);
    expect(kept.leads[0].note).toBe('Keterangan: sudah kirim sampel');
  });

  test('a row filled into a lead gives it its remarks, even when no field of the lead was empty', () => {
    const rows: SourceTable = {
      headers: ['Nama', 'HP', 'Kebutuhan', 'Catatan'],
      rows: [
        ['Dodi', '0812 2000 0001', 'CCTV', 'pelanggan lama'],
        ['Dodi', '0812 2000 0001', 'CCTV', 'minta survei ulang'],
      ],
    };
    const inFile = plan(rows, { duplicates: { '3': 'fill' } });
    expect(inFile.leads.map((l) => l.note)).toEqual(['Catatan: pelanggan lama · Catatan: minta survei ulang']);
    const existing = planImport(
      rows,
      { duplicates: { '2': 'fill', '3': 'fill' } },
      DEFAULT_SETTINGS,
      { leads: { Name: ['Dodi'], Phone: ['+6281220000001'], Needs: ['CCTV'] }, team: [] },
      420,
    );
    expect(existing.leads).toEqual([]);
    expect(existing.fills).toEqual([
      { row: 2, index: 0, values: {}, note: 'Catatan: pelanggan lama · Catatan: minta survei ulang' },
    ]);
  });

  test('remarks too long for a cell stop the import at their row', () => {
    const long: SourceTable = { headers: ['Nama', 'Catatan'], rows: [['Dodi', 'x'.repeat(49500)]] };
    const p = plan(long);
    expect(p.problems).toEqual([expect.objectContaining({ row: 2, column: 'Catatan', blocking: true })]);
  });
});
