// Clients and repeat business (SPEC §3 Clients, §4 merge and link) through the built bundle, on a
// sheet a small sales team would have: repeat clients, past clients, a second open deal of one
// client, entries made twice, and look-alike schools on one office line.
import { setUpEnv, records, iso } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';
import { personTypes } from '../../src/local/demo';

const d = (s: string) => new Date(`${s}T09:00:00+07:00`);

/** The rows, by client (the letter): before anything tied them together, each its own Client ID. */
const ROWS: Record<string, unknown>[] = [
  // A: a Won deal, then a repeat order in negotiation, then a second open deal with its own value.
  {
    c: 'A',
    Name: 'Agus Salim',
    Company: 'PT Sinar Jaya',
    Phone: '0812-7000-0001',
    Status: 'Won',
    'Deal Value': 25000000,
    'Contract Value': 25000000,
    'Created At': d('2025-01-10'),
    'Status Changed At': d('2025-02-20'),
    Needs: 'CCTV 8 kamera gudang',
  },
  {
    c: 'A',
    Name: 'Agus Salim',
    Company: 'PT. Sinar Jaya',
    Phone: '+6281270000001',
    Email: 'agus@sinarjaya.co.id',
    Status: 'Negotiation',
    'Deal Value': 8000000,
    'Created At': d('2026-06-01'),
    'Status Changed At': d('2026-07-01'),
    Needs: 'Tambah 4 kamera',
  },
  {
    c: 'A',
    Name: 'Bpk. Agus Salim',
    Company: 'PT Sinar Jaya',
    Phone: '0812 7000 0001',
    Status: 'Quotation Sent',
    'Deal Value': 12000000,
    'Created At': d('2026-08-01'),
    'Status Changed At': d('2026-08-05'),
    Needs: 'CCTV kantor cabang baru',
  },
  // B: a past client (who opted out) re-contacted a year later.
  {
    c: 'B',
    Name: 'Ibu Sari Dewi',
    Email: 'sari.dewi@gmail.com',
    Phone: '0857-1122-3344',
    Status: 'Past Client',
    'Deal Value': 40000000,
    'Contract Value': 38000000,
    Product: 'Alarm rumah',
    'Completed On': d('2024-08-20'),
    'Created At': d('2024-03-01'),
    'Status Changed At': d('2024-09-01'),
    Consent: 'Opted out',
    Needs: 'Alarm rumah',
  },
  {
    c: 'B',
    Name: 'Sari Dewi',
    Email: 'sari.dewi@gmail.com',
    Status: 'Lead',
    'Created At': d('2025-10-01'),
    'Status Changed At': d('2025-10-01'),
    Needs: 'Tambah sensor pintu',
  },
  // C: one lead entered twice, a day apart.
  {
    c: 'C',
    Name: 'Rudi Hartono',
    Company: 'CV Laris',
    Phone: '0813-5555-0101',
    Status: 'Lead',
    'Created At': d('2026-11-01'),
    'Status Changed At': d('2026-11-01'),
    Needs: 'Access control 3 pintu',
  },
  {
    c: 'C',
    Name: 'Rudi Hartono',
    Company: 'CV Laris',
    Phone: '0813 5555 0101',
    Email: 'rudi@laris.id',
    Status: 'Lead',
    'Created At': d('2026-11-02'),
    'Status Changed At': d('2026-11-02'),
    Needs: 'Access control pintu kantor',
  },
  // D: an old Won deal, and an open deal entered twice (the same value).
  {
    c: 'D',
    Name: 'Dewi Lestari',
    Company: 'Klinik Sehat Sentosa',
    Phone: '0813-9988-7766',
    Status: 'Won',
    'Deal Value': 15000000,
    'Created At': d('2025-01-05'),
    'Status Changed At': d('2025-03-01'),
    Needs: 'Sistem antrian',
  },
  {
    c: 'D',
    Name: 'Dewi Lestari',
    Company: 'Klinik Sehat Sentosa',
    Phone: '0813-9988-7766',
    Status: 'Quotation Sent',
    'Deal Value': 78000000,
    'Expected Close': d('2026-12-20'),
    'Created At': d('2026-09-01'),
    'Status Changed At': d('2026-09-10'),
    Needs: 'CCTV 32 kamera',
  },
  {
    c: 'D',
    Name: 'dr. Dewi Lestari',
    Company: 'Klinik Sehat Sentosa',
    Email: 'dewi@kliniksehat.id',
    Phone: '0813-9988-7766',
    Status: 'Lead',
    'Deal Value': 78000000,
    'Created At': d('2026-09-03'),
    'Status Changed At': d('2026-09-03'),
    Needs: 'CCTV klinik',
  },
  // E: a client with one deal; Y1 and Y2: two schools that share an office line, never one client.
  {
    c: 'E',
    Name: 'Andi Wijaya',
    Phone: '(021) 555-1234',
    Status: 'Lead',
    'Created At': d('2026-10-01'),
    'Status Changed At': d('2026-10-01'),
    Needs: 'Alarm',
  },
  {
    c: 'Y1',
    Name: 'Yanti Kusuma',
    Company: 'SMA Negeri 1 Bandung',
    Phone: '022-700-0001',
    Status: 'Negotiation',
    'Deal Value': 30000000,
    'Created At': d('2026-09-01'),
    'Status Changed At': d('2026-09-15'),
    Needs: 'CCTV sekolah',
  },
  {
    c: 'Y2',
    Name: 'Yanti Kusuma',
    Company: 'SMA Negeri 2 Bandung',
    Phone: '022-700-0001',
    Status: 'Lead',
    'Created At': d('2026-09-20'),
    'Status Changed At': d('2026-09-20'),
    Needs: 'CCTV sekolah',
  },
];

const leadId = (i: number) => `L-${String(i + 1).padStart(6, '0')}`;
const clientOf = new Map(ROWS.map((r, i) => [leadId(i), String(r.c)]));

function realistic(): Environment {
  const e = setUpEnv();
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  const values = ROWS.map((r, i) =>
    LEAD_COLUMNS.map((c) =>
      c.header === 'Lead ID'
        ? leadId(i)
        : c.header === 'Client ID'
          ? `C-${String(i + 101).padStart(6, '0')}`
          : c.header === 'Owner'
            ? 'dimas@firma.id'
            : c.header === 'Source'
              ? 'Referral'
              : (r[c.header] ?? ''),
    ),
  );
  sheet.getRange(2, 1, values.length, LEAD_COLUMNS.length).setValues(values);
  e.call('setupCrm');
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

const OPEN = new Set(['Lead', 'Quotation Sent', 'Negotiation']);

describe('the audit tells a deal entered twice from a client\u2019s other deals', () => {
  test('merge only for the entries made twice, link for the rest; open deals stay open with their value', () => {
    const e = realistic();
    const before = records(e.spreadsheet, 'Leads');
    const audit = e.call('runDuplicateAuditNow');
    const byAction = (action: string) =>
      audit.groups.filter((g) => g.action === action).map((g) => [...g.leadIds].sort().join(' '));
    // The entries made twice: C's lead, and D's open deal.
    expect(byAction('merge').sort()).toEqual(['L-000006 L-000007', 'L-000009 L-000010']);
    // The client's deals: A's three, B's two, D's old Won deal with its open one (its primary).
    expect(byAction('link').sort()).toEqual(['L-000001 L-000002 L-000003', 'L-000004 L-000005', 'L-000008 L-000009']);
    // The merge of D keeps the most advanced row: the quotation.
    expect(audit.groups.find((g) => g.leadIds.includes('L-000010'))!.primary).toBe('L-000009');
    // Said apart: a client's several deals are no duplicates, they are deals to link.
    expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(
      /^Audit duplikat: 2 grup untuk digabung, 3 klien untuk ditautkan,/,
    );
    // Look-alike schools on one office line: different clients, listed apart.
    expect(audit.groups.some((g) => g.leadIds.includes('L-000012') || g.leadIds.includes('L-000013'))).toBe(false);
    expect(audit.sharedContacts.map((s) => s.leadIds)).toEqual([['L-000012', 'L-000013']]);
    // The tab says per row what it becomes.
    const dup = records(e.spreadsheet, 'Duplicates').filter((r) => /^G\d+$/.test(String(r.Group)));
    const row = (id: string) => dup.find((r) => r['Lead ID'] === id)!;
    // C's later entry is the more complete one: the earlier goes into it.
    expect(row('L-000006').Becomes).toMatch(/^Digabung ke L-000007/);
    expect(row('L-000002').Becomes).toMatch(/^Ditautkan sebagai deal klien C-\d{6}: status \(Negosiasi\)/);
    expect(row('L-000002').Action).toBe('link');

    tickAll(e);
    const result = e.call('mergeDuplicates');
    expect(result.skipped).toEqual([]);
    expect(result.merged.map((m) => m.archived)).toEqual([['L-000006'], ['L-000010']]);
    expect(result.linked).toHaveLength(3);
    const after = records(e.spreadsheet, 'Leads');
    expect(after.map((r) => r['Lead ID'])).toEqual(
      before.map((r) => r['Lead ID']).filter((id) => id !== 'L-000006' && id !== 'L-000010'),
    );
    // Every deal that remains keeps its status and value; every open deal is still open.
    for (const r of after) {
      const was = before.find((b) => b['Lead ID'] === r['Lead ID'])!;
      expect({ id: r['Lead ID'], status: r.Status, value: r['Deal Value'] }).toEqual({
        id: r['Lead ID'],
        status: was.Status,
        value: was['Deal Value'],
      });
    }
    const openBefore = before.filter((r) => OPEN.has(String(r.Status))).map((r) => r['Lead ID']);
    const openAfter = after.filter((r) => OPEN.has(String(r.Status))).map((r) => r['Lead ID']);
    expect(openAfter).toEqual(openBefore.filter((id) => id !== 'L-000006' && id !== 'L-000010'));
    // Client IDs are shared exactly by the rows of one client.
    const idsOf = (client: string) =>
      new Set(after.filter((r) => clientOf.get(String(r['Lead ID'])) === client).map((r) => r['Client ID']));
    for (const client of new Set(clientOf.values()))
      expect({ client, ids: idsOf(client).size }).toEqual({ client, ids: 1 });
    expect(new Set(after.map((r) => r['Client ID'])).size).toBe(
      new Set(after.map((r) => clientOf.get(String(r['Lead ID'])))).size,
    );
    // One set of contact facts: the newest row's, blanks filled; the opt-out holds for the client.
    const a = after.filter((r) => clientOf.get(String(r['Lead ID'])) === 'A');
    expect(new Set(a.map((r) => `${r.Name}|${r.Company}|${r.Phone}|${r.Email}`)).size).toBe(1);
    expect(after.filter((r) => clientOf.get(String(r['Lead ID'])) === 'B').map((r) => r.Consent)).toEqual([
      'Opted out',
      'Opted out',
    ]);
    // The link is in each changed deal's history, and the audit has nothing left to propose.
    expect(
      records(e.spreadsheet, 'Activities').filter((x) => /^Tautan M-\d{6}/.test(String(x.Summary))).length,
    ).toBeGreaterThan(0);
    const again = e.call('runDuplicateAuditNow');
    expect(again.groups).toEqual([]);
  });

  test('undo reverses a link and a merge: every row, value and Client ID as it was', () => {
    const e = realistic();
    const before = records(e.spreadsheet, 'Leads');
    e.call('runDuplicateAuditNow');
    tickAll(e);
    const result = e.call('mergeDuplicates');
    for (const m of [...result.linked, ...result.merged]) e.call('undoMerge', { mergeId: m.mergeId });
    const after = records(e.spreadsheet, 'Leads');
    const key = (rows: Record<string, unknown>[]) =>
      rows
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, iso(v)])))
        .sort((x, y) => String(x['Lead ID']).localeCompare(String(y['Lead ID'])));
    expect(key(after)).toEqual(key(before));
    expect(records(e.spreadsheet, 'Activities').filter((x) => /Tautan|Penggabungan/.test(String(x.Summary)))).toEqual(
      [],
    );
  });

  test('a link is undone from the menu with its note selected in Activities', () => {
    const e = realistic();
    const before = records(e.spreadsheet, 'Leads');
    e.call('runDuplicateAuditNow');
    tickAll(e);
    const { linked } = e.call('mergeDuplicates');
    const acts = e.spreadsheet.getSheetByName('Activities')!;
    const summaries = acts
      .getDataRange()
      .getValues()
      .map((r) => String(r[3]));
    const row = summaries.findIndex((x) => x.startsWith(`Tautan ${linked[0].mergeId}:`)) + 1;
    acts.getRange(row, 4).activate();
    expect(e.call('undoMerge')).toMatchObject({ mergeId: linked[0].mergeId });
    const after = records(e.spreadsheet, 'Leads');
    for (const id of linked[0].leadIds)
      expect(after.find((r) => r['Lead ID'] === id)!['Client ID']).toBe(
        before.find((r) => r['Lead ID'] === id)!['Client ID'],
      );
    expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/^Tautan M-\d{6} dibatalkan/);
  });

  test('a merge ticked over an open deal with its own value is refused: link it instead', () => {
    const e = realistic();
    e.call('runDuplicateAuditNow');
    // A reviewer turns A's link into a merge into the Won deal: the open deals must stay.
    const sheet = e.spreadsheet.getSheetByName('Duplicates')!;
    const values = sheet.getDataRange().getValues();
    const col = (h: string) => values[0].indexOf(h) + 1;
    const rowsOfA = values.flatMap((r, i) => (r[col('Lead ID') - 1] === 'L-000001' ? [i + 1] : []));
    const group = values[rowsOfA[0] - 1][0];
    values.forEach((r, i) => {
      if (r[0] === group) {
        sheet.getRange(i + 1, col('Action')).setValue('merge');
        sheet.getRange(i + 1, col('Primary')).setValue('L-000001');
      }
    });
    sheet.getRange(rowsOfA[0], col('Merge')).setValue(true);
    const r = e.call('mergeDuplicates');
    expect(r.merged).toEqual([]);
    expect(r.skipped[0]).toMatch(/deal terbuka dengan nilainya sendiri/);
    expect(records(e.spreadsheet, 'Leads')).toHaveLength(ROWS.length);
  });

  test('merges and links killed half way are finished by the next run, never done twice', () => {
    const reference = realistic();
    reference.call('runDuplicateAuditNow');
    tickAll(reference);
    reference.call('mergeDuplicates');
    const want = records(reference.spreadsheet, 'Leads').map((r) => [r['Lead ID'], r['Client ID'], r.Name, r.Status]);
    // Merge IDs a run took before it died are never reused: the next run's are others.
    const notes = (e: Environment) =>
      records(e.spreadsheet, 'Activities').map((a) => `${a['Lead ID']} ${String(a.Summary).replace(/M-\d{6}/, 'M-?')}`);
    for (const failAt of [10, 25, 40, 55, 70]) {
      const e = realistic();
      e.call('runDuplicateAuditNow');
      tickAll(e);
      const start = e.counter.total;
      e.counter.fault = (_n, _k, total) =>
        total - start === failAt ? new Error('Exceeded maximum execution time') : null;
      let died = false;
      try {
        e.call('mergeDuplicates');
      } catch (_e) {
        died = true;
      }
      e.counter.fault = null;
      if (died) e.call('mergeDuplicates');
      const got = records(e.spreadsheet, 'Leads').map((r) => [r['Lead ID'], r['Client ID'], r.Name, r.Status]);
      expect({ failAt, got }).toEqual({ failAt, got: want });
      expect({ failAt, notes: notes(e).sort() }).toEqual({ failAt, notes: notes(reference).sort() });
    }
  });
});

describe('the client card (getClient) and search', () => {
  test('contact facts, every deal, the history of all deals in time order, lifetime value', () => {
    const e = realistic();
    e.call('runDuplicateAuditNow');
    tickAll(e);
    e.call('mergeDuplicates');
    const a = records(e.spreadsheet, 'Leads').find((r) => r['Lead ID'] === 'L-000001')!;
    e.clock.advance(60000);
    e.call('logActivity', { leadId: 'L-000003', type: 'Meeting', summary: 'Survei kantor cabang' });
    e.clock.advance(60000);
    e.call('logActivity', { leadId: 'L-000001', type: 'Follow-up Call', summary: 'Tanya garansi <b>kamera</b>' });
    const card = e.call('getClient', { clientId: String(a['Client ID']) })!;
    expect(card).toMatchObject({
      clientId: a['Client ID'],
      name: 'Bpk. Agus Salim',
      company: 'PT Sinar Jaya',
      email: 'agus@sinarjaya.co.id',
      // Won deals count: the Contract Value of the first order.
      lifetimeValue: 25000000,
      whatsapp: expect.stringMatching(/^https:\/\/wa\.me\/6281270000001/),
    });
    expect(card.deals.map((d) => [d.leadId, d.status, d.dealValue])).toEqual([
      ['L-000001', 'Won', 25000000],
      ['L-000002', 'Negotiation', 8000000],
      ['L-000003', 'Quotation Sent', 12000000],
    ]);
    expect(card.deals[0].closedAt).toBe(d('2025-02-20').toISOString());
    expect(card.deals[1].closedAt).toBe('');
    // Every deal's activities (the link notes too), oldest first.
    const times = card.activities.map((x) => x.timestamp);
    expect([...times].sort()).toEqual(times);
    expect(card.activities.slice(-2).map((x) => [x.leadId, x.type, x.summary])).toEqual([
      ['L-000003', 'Meeting', 'Survei kantor cabang'],
      ['L-000001', 'Follow-up Call', 'Tanya garansi <b>kamera</b>'],
    ]);
    expect(new Set(card.activities.map((x) => x.leadId))).toEqual(new Set(['L-000001', 'L-000002', 'L-000003']));
    expect(card.activityCount).toBe(card.activities.length);
    // A past client's card: its past deal's contract value, the opt-out.
    const b = records(e.spreadsheet, 'Leads').find((r) => r['Lead ID'] === 'L-000004')!;
    expect(e.call('getClient', { clientId: String(b['Client ID']) })).toMatchObject({
      lifetimeValue: 38000000,
      consent: 'Opted out',
      deals: [
        { leadId: 'L-000004', status: 'Past Client' },
        { leadId: 'L-000005', status: 'Lead' },
      ],
    });
    for (const clientId of ['C-999999', 'L-000001', '', undefined])
      expect({ clientId, card: e.call('getClient', { clientId } as { clientId: string }) }).toEqual({
        clientId,
        card: null,
      });
  });

  test('a deal entered before 07:00 in Jakarta shows its own day, not the UTC one', () => {
    const e = setUpEnv({ now: '2026-11-23T04:45:00+07:00' });
    const r = e.call('submitLead', { name: 'Sari Dewi', phone: '0813-9988-7766', source: 'Website', needs: 'CCTV' });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const lead = records(e.spreadsheet, 'Leads').find((x) => x['Lead ID'] === r.leadId)!;
    const card = e.call('getClient', { clientId: String(lead['Client ID']) })!;
    expect(card.deals.map((x) => [x.createdAt, x.createdOn])).toEqual([['2026-11-22T21:45:00.000Z', '2026-11-23']]);
  });

  test('search hits carry their client, so a client shows once with its deals under it', () => {
    const e = realistic();
    e.call('runDuplicateAuditNow');
    tickAll(e);
    e.call('mergeDuplicates');
    const hits = e.call('searchLeads', { query: 'agus salim' });
    expect(hits.map((x) => x.leadId).sort()).toEqual(['L-000001', 'L-000002', 'L-000003']);
    expect(new Set(hits.map((x) => x.clientId)).size).toBe(1);
  });

  test('getClient reads each table once: its service calls do not grow with the rows', () => {
    const calls = (extra: number) => {
      const e = realistic();
      const sheet = e.spreadsheet.getSheetByName('Leads')!;
      const rows = Array.from({ length: extra }, (_, i) =>
        LEAD_COLUMNS.map((c) =>
          c.header === 'Lead ID'
            ? `L-${String(i + 500).padStart(6, '0')}`
            : c.header === 'Client ID'
              ? `C-${String(i + 500).padStart(6, '0')}`
              : c.header === 'Name'
                ? `Pelanggan ${i}`
                : '',
        ),
      );
      if (extra > 0) {
        sheet.insertRowsAfter(sheet.getMaxRows(), extra);
        sheet.getRange(ROWS.length + 2, 1, extra, LEAD_COLUMNS.length).setValues(rows);
      }
      e.call('getClient', { clientId: 'C-000101' });
      return e.lastRun.serviceCalls;
    };
    expect(calls(2000)).toBe(calls(0));
  });
});

/** The realistic rows with their clients tied (audit, merge), and a colleague on Agus's mailbox: another client, the same address. */
function tiedWithColleague() {
  const e = realistic();
  e.call('runDuplicateAuditNow');
  tickAll(e);
  e.call('mergeDuplicates');
  const other = e.call('submitLead', {
    name: 'Siti Aminah',
    email: 'Agus@SinarJaya.co.id',
    source: 'Website',
    needs: 'x',
    allowDuplicate: true,
  });
  expect(other.ok).toBe(true);
  return { e, other };
}

describe('contact facts are the client\u2019s', () => {
  test('a new phone goes to every deal of the client when asked; consent always, and to the same address', () => {
    const { e, other } = tiedWithColleague();
    const lead = (id: string) => records(e.spreadsheet, 'Leads').find((r) => r['Lead ID'] === id)!;
    const a = (field: string) =>
      records(e.spreadsheet, 'Leads')
        .filter((r) => clientOf.get(String(r['Lead ID'])) === 'A')
        .map((r) => r[field]);
    // Without asking, only this deal changes.
    expect(e.call('updateLead', { leadId: 'L-000002', fields: { phone: '0813-2222-0000' } })).toEqual({
      ok: true,
      errors: {},
      changed: 1,
      card: expect.anything(),
    });
    expect(a('Phone')).toEqual(['0812 7000 0001', '+6281322220000', '0812 7000 0001']);
    expect(
      e.call('updateLead', { leadId: 'L-000002', fields: { phone: '0813-3333-0000' }, applyToClient: true }),
    ).toMatchObject({ ok: true, changed: 1, applied: 2 });
    expect(a('Phone')).toEqual(['+6281333330000', '+6281333330000', '+6281333330000']);
    // Consent: every deal of the client and the colleague on the same address, asked or not.
    expect(e.call('updateLead', { leadId: 'L-000003', fields: { consent: 'Opted out' } })).toMatchObject({
      ok: true,
      applied: 3,
    });
    expect(a('Consent')).toEqual(['Opted out', 'Opted out', 'Opted out']);
    expect(lead(other.ok ? other.leadId : '').Consent).toBe('Opted out');
    expect(lead('L-000011').Consent).toBe('');
    const notes = records(e.spreadsheet, 'Activities').filter((x) =>
      String(x.Summary).startsWith('Data kontak klien, diubah di L-000003'),
    );
    expect(notes.map((n) => n['Lead ID']).sort()).toEqual(['L-000001', 'L-000002', 'L-000014']);
  });

  test('Consent typed in the grid goes to every deal of the client and the same address, as from the sidebar', () => {
    const { e, other } = tiedWithColleague();
    const leads = () => records(e.spreadsheet, 'Leads');
    const rowOf = (id: string) => leads().findIndex((r) => r['Lead ID'] === id) + 2;
    const consentCol = LEAD_COLUMNS.findIndex((c) => c.header === 'Consent') + 1;
    const a = () => leads().filter((r) => clientOf.get(String(r['Lead ID'])) === 'A');
    const before = records(e.spreadsheet, 'Activities').length;
    personTypes(e.spreadsheet, 'Leads', rowOf('L-000003'), consentCol, [['Opted out']]);
    expect(a().map((r) => r.Consent)).toEqual(['Opted out', 'Opted out', 'Opted out']);
    expect(leads().find((r) => r['Lead ID'] === (other.ok ? other.leadId : ''))!.Consent).toBe('Opted out');
    expect(leads().find((r) => r['Lead ID'] === 'L-000011')!.Consent).toBe('');
    // A Note on each row it reached, naming the row it was typed on.
    const notes = records(e.spreadsheet, 'Activities').slice(before);
    expect(notes.map((n) => [n['Lead ID'], n.Summary]).sort()).toEqual(
      ['L-000001', 'L-000002', 'L-000014'].map((id) => [
        id,
        expect.stringMatching(/^Data kontak klien, diubah di L-000003: Persetujuan/),
      ]),
    );
    // A paste that carries Subscribed (a row copied back in) never undoes the opt-out; an opt-out
    // in a paste goes, and wins over a Subscribed beside it; written any case, it is read as campaigns read it.
    const leads2 = e.spreadsheet.getSheetByName('Leads')!;
    const r1 = rowOf('L-000001');
    leads2.getRange(r1, consentCol).setValue('Subscribed'); // as it was before, written by no one
    const pasted = [leads()[r1 - 2]['Lead ID'], leads()[r1 - 1]['Lead ID']];
    personTypes(e.spreadsheet, 'Leads', r1, consentCol, [['Subscribed'], ['Subscribed']]);
    const untouched = a().filter((r) => !pasted.includes(r['Lead ID']));
    expect(untouched.length).toBeGreaterThan(0);
    expect(untouched.map((r) => r.Consent)).toEqual(untouched.map(() => 'Opted out'));
    expect(leads().find((r) => r['Lead ID'] === (other.ok ? other.leadId : ''))!.Consent).toBe('Opted out');
    personTypes(e.spreadsheet, 'Leads', rowOf('L-000001'), consentCol, [['opted out']]);
    expect(leads().find((r) => r['Lead ID'] === (other.ok ? other.leadId : ''))!.Consent).toBe('Opted out');
    // A cell emptied (not asked) is no decision: the other rows keep theirs.
    personTypes(e.spreadsheet, 'Leads', rowOf('L-000003'), consentCol, [['']]);
    expect(a().map((r) => [r['Lead ID'], r.Consent])).toEqual(
      a().map((r) => [
        r['Lead ID'],
        r['Lead ID'] === 'L-000003' ? '' : r['Lead ID'] === 'L-000001' ? 'opted out' : 'Opted out',
      ]),
    );
  });
});

describe('repeat business counted per client', () => {
  test('the Summary\u2019s client figures, and a past client\u2019s re-contact once and not while it has an open deal', () => {
    const e = realistic();
    e.call('runDuplicateAuditNow');
    tickAll(e);
    e.call('mergeDuplicates');
    // A's second open deal is won: A becomes a repeat client.
    expect(e.call('setLeadStatus', { leadId: 'L-000003', status: 'Won', fields: {} })).toMatchObject({ ok: true });
    const s = e.call('getCrmSummary');
    expect(s.clients).toEqual({
      total: 7,
      withOpenDeal: 7,
      repeat: 1,
      repeatRate: 0.3333,
      lifetimeValue: (25e6 + 12e6 + 38e6 + 15e6) / 3,
    });
    // Recomputed from the rows as they are.
    const rows = records(e.spreadsheet, 'Leads');
    expect(s.clients.total).toBe(new Set(rows.map((r) => r['Client ID'])).size);
    e.call('refreshSummary');
    const tab = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues();
    expect(tab.find((r) => r[0] === 'Klien')?.slice(0, 3)).toEqual(['Klien', 7, '· dengan deal terbuka 7']);
    // B completed a project in 2024 (re-contact due), but is in talks again: not listed.
    const recontact = () =>
      e.call('getMyDay').sections.flatMap((x) => (x.key === 'recontact' ? x.items.map((i) => i.leadId) : []));
    e.user = 'dimas@firma.id';
    expect(recontact()).toEqual([]);
    expect(
      e.call('setLeadStatus', { leadId: 'L-000005', status: 'Lost', fields: { lostReason: 'Harga' } }),
    ).toMatchObject({ ok: true });
    expect(recontact()).toEqual(['L-000004']);
    // Re-contacted (a WhatsApp from Today): off the list, next due a re-contact delay from now.
    expect(e.call('logActivity', { leadId: 'L-000004', type: 'WhatsApp', summary: 'Halo Pak' })).toMatchObject({
      ok: true,
    });
    expect(recontact()).toEqual([]);
  });
});

test('a campaign greets a client once, through one of its deals', () => {
  const e = realistic();
  e.call('runDuplicateAuditNow');
  tickAll(e);
  e.call('mergeDuplicates');
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  const [header, ...rows] = sheet.getDataRange().getValues();
  // Everyone agreed to hear from the team; A's deals carry two different addresses of his.
  rows.forEach((r, i) => {
    sheet.getRange(i + 2, header.indexOf('Consent') + 1).setValue(r[header.indexOf('Consent')] || 'Subscribed');
    if (clientOf.get(String(r[0])) === 'A') sheet.getRange(i + 2, header.indexOf('Email') + 1).setValue('');
  });
  const a = rows.flatMap((r, i) => (clientOf.get(String(r[0])) === 'A' ? [i] : []));
  sheet.getRange(a[0] + 2, header.indexOf('Email') + 1).setValue('agus@sinarjaya.co.id');
  sheet.getRange(a[1] + 2, header.indexOf('Email') + 1).setValue('agus.salim@gmail.com');
  personTypes(e.spreadsheet, 'Team', 2, 1, [['dimas@firma.id', 'Dimas', '', 'Sales']]);
  e.spreadsheet
    .getSheetByName('Campaigns')!
    .getRange(2, 1, 1, 5)
    .setValues([['Lebaran', 'T-007', '', '2026-11-24', 'Draft']]);
  const p = e.call('previewCampaign', { name: 'Lebaran' });
  // The deal with his other address is skipped as the same client: he gets one greeting.
  expect(p.skipped.filter((x) => clientOf.get(x.leadId) === 'A')).toEqual([
    { leadId: 'L-000002', reason: expect.stringMatching(/klien sama dengan L-000001/) },
    { leadId: 'L-000003', reason: 'tidak punya alamat email' },
  ]);
});
