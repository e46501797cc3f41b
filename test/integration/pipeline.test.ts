// SPEC §2 through the bundle: edits in the sheet (single, paste, fill) and the sidebar's setLeadStatus.
import { setUpEnv, records, iso, errorsOf } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';

const col = (h: string) => LEAD_COLUMNS.findIndex((c) => c.header === h) + 1;
const STATUS = col('Status');

function withLeads(n: number, user?: string): Environment {
  const e = setUpEnv(user ? { user } : {});
  for (let i = 0; i < n; i++) {
    const r = e.call('submitLead', {
      name: `Klien ${i}`,
      phone: `0813${String(10000000 + i)}`,
      source: 'Website',
      needs: 'CCTV',
    });
    if (!r.ok) throw new Error('seed failed');
  }
  return e;
}

function setCells(e: Environment, row: number, values: Record<string, unknown>) {
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  for (const [h, v] of Object.entries(values)) sheet.getRange(row, col(h)).setValue(v);
}

const statusOf = (e: Environment, row: number) =>
  e.spreadsheet.getSheetByName('Leads')!.getRange(row, STATUS).getValue();
const lastToast = (e: Environment) => e.spreadsheet.toasts.at(-1)?.message ?? '';

describe('onEdit, one cell', () => {
  test('an allowed change with its fields is kept, stamped and logged', () => {
    const e = withLeads(1, 'rina@firma.id');
    setCells(e, 2, { 'Deal Value': 25000000, 'Expected Close': '2026-12-20' });
    e.clock.advance(3600000);
    e.userEdit('Leads', 2, STATUS, [['Quotation Sent']]);
    const [lead] = records(e.spreadsheet, 'Leads');
    expect(lead.Status).toBe('Quotation Sent');
    expect(iso(lead['Status Changed At'])).toBe('2026-11-24T03:00:00.000Z');
    const acts = records(e.spreadsheet, 'Activities');
    expect(acts.map((a) => [a['Lead ID'], a.Type, a.Summary, a.By])).toEqual([
      ['L-000001', 'Status Change', 'Lead → Quotation Sent', 'rina@firma.id'],
    ]);
    expect(e.spreadsheet.toasts).toHaveLength(1); // only setupCrm's
  });

  test('a change without its fields is reverted with a toast naming them', () => {
    const e = withLeads(1);
    e.userEdit('Leads', 2, STATUS, [['Quotation Sent']]);
    expect(statusOf(e, 2)).toBe('Lead');
    expect(lastToast(e)).toBe(
      // The grid shows data names: each label carries its column's or status's name.
      'Perubahan status di baris 2 dibatalkan: Sebelum Penawaran terkirim (Quotation Sent), isi dulu: Nilai deal (Deal Value), Perkiraan closing (Expected Close).',
    );
    expect(records(e.spreadsheet, 'Activities')).toEqual([]);
  });

  test('a transition that is not allowed is reverted with a toast naming it', () => {
    const e = withLeads(1);
    setCells(e, 2, { 'Deal Value': 1 });
    e.userEdit('Leads', 2, STATUS, [['Won']]);
    expect(statusOf(e, 2)).toBe('Lead');
    expect(lastToast(e)).toMatch(
      /Prospek \(Lead\) → Menang \(Won\) tidak diizinkan. Dari Prospek \(Lead\) hanya bisa ke: Penawaran terkirim \(Quotation Sent\), Kalah \(Lost\)/,
    );
  });

  test('the dropdown refuses a value that is not a status, as the Sheets UI does', () => {
    const e = withLeads(1);
    expect(() => e.userEdit('Leads', 2, STATUS, [['Hot']])).toThrow(/violates the data validation rules/);
    expect(statusOf(e, 2)).toBe('Lead');
  });

  test('a deleted Status cell is put back', () => {
    const e = withLeads(1);
    e.userEdit('Leads', 2, STATUS, [['']]);
    expect(statusOf(e, 2)).toBe('Lead');
    expect(lastToast(e)).toMatch(/Status tidak boleh dikosongkan/);
  });

  test('Won and Lost clear Next Follow-up; Past Client sets it from Completed On', () => {
    const e = withLeads(2);
    setCells(e, 2, { 'Deal Value': 10, 'Expected Close': '2026-12-01', 'Lost Reason': 'Harga terlalu tinggi' });
    e.userEdit('Leads', 2, STATUS, [['Lost']]);
    expect(records(e.spreadsheet, 'Leads')[0]['Next Follow-up']).toBe('');
    setCells(e, 3, {
      'Deal Value': 10,
      'Expected Close': '2026-12-01',
      'Contract Value': 9,
      Product: 'CCTV',
      'Completed On': '2026-01-31',
    });
    e.userEdit('Leads', 3, STATUS, [['Quotation Sent']]);
    e.userEdit('Leads', 3, STATUS, [['Won']]);
    e.userEdit('Leads', 3, STATUS, [['Past Client']]);
    const lead = records(e.spreadsheet, 'Leads')[1];
    expect(lead.Status).toBe('Past Client');
    expect(iso(lead['Next Follow-up'])).toBe('2027-01-30T17:00:00.000Z');
    expect(records(e.spreadsheet, 'Activities').map((a) => a.Summary)).toEqual([
      'Lead → Lost',
      'Lead → Quotation Sent',
      'Quotation Sent → Won',
      'Won → Past Client',
    ]);
  });

  test('edits outside the Status column, in other tabs and in the header are left alone', () => {
    const e = withLeads(1);
    const before = e.spreadsheet.toasts.length;
    e.userEdit('Leads', 2, col('Needs'), [['CCTV 16 kamera']]);
    e.userEdit('Settings', 5, 2, [['x']]);
    e.userEdit('Leads', 1, col('Needs'), [['Kebutuhan']]);
    expect(e.spreadsheet.toasts.length).toBe(before);
    expect(records(e.spreadsheet, 'Activities')).toEqual([]);
  });

  test('a row typed by hand without a Lead ID may start as Lead only', () => {
    const e = withLeads(1);
    setCells(e, 3, { Name: 'Manual' });
    e.userEdit('Leads', 3, STATUS, [['Won']]);
    expect(statusOf(e, 3)).toBe('');
    e.userEdit('Leads', 3, STATUS, [['Lead']]);
    expect(statusOf(e, 3)).toBe('Lead');
  });
});

describe('onEdit, paste and fill', () => {
  test('a paste of 500 rows mixing valid and invalid changes judges each cell on its own', () => {
    const e = withLeads(500);
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    // Even rows get the fields Quotation Sent needs; odd rows do not.
    const dv = sheet.getRange(2, col('Deal Value'), 500, 1);
    dv.setValues(Array.from({ length: 500 }, (_, i) => [i % 2 === 0 ? 1000000 * (i + 1) : '']));
    sheet
      .getRange(2, col('Expected Close'), 500, 1)
      .setValues(Array.from({ length: 500 }, () => [new Date('2026-12-31T17:00:00Z')]));
    // Every tenth row is asked to jump straight to Won (not allowed from Lead).
    const pasted = Array.from({ length: 500 }, (_, i) => [i % 10 === 9 ? 'Won' : 'Quotation Sent']);
    e.counter.reset();
    e.userEdit('Leads', 2, STATUS, pasted);
    const leads = records(e.spreadsheet, 'Leads');
    const expected = leads.map((_, i) => (i % 10 === 9 ? 'Lead' : i % 2 === 0 ? 'Quotation Sent' : 'Lead'));
    expect(leads.map((l) => l.Status)).toEqual(expected);
    const accepted = expected.filter((s) => s === 'Quotation Sent').length;
    expect(accepted).toBe(250);
    const acts = records(e.spreadsheet, 'Activities');
    expect(acts).toHaveLength(250);
    expect(new Set(acts.map((a) => a['Lead ID'])).size).toBe(250);
    expect(
      leads
        .filter((l) => l.Status === 'Quotation Sent')
        .every((l) => iso(l['Status Changed At']) === '2026-11-24T02:00:00.000Z'),
    ).toBe(true);
    expect(lastToast(e)).toMatch(
      /^250 dari 500 perubahan status dibatalkan:\nPerubahan status di baris 3 dibatalkan: Sebelum Penawaran terkirim \(Quotation Sent\), isi dulu: Nilai deal \(Deal Value\)/,
    );
    expect(lastToast(e)).toMatch(/…dan 247 lainnya\.$/);
    // A second paste: the shadow knows the statuses just accepted.
    e.userEdit(
      'Leads',
      2,
      STATUS,
      Array.from({ length: 500 }, () => ['Negotiation']),
    );
    const after = records(e.spreadsheet, 'Leads').map((l) => l.Status);
    expect(after.filter((s) => s === 'Negotiation')).toHaveLength(250);
  });

  test('a fill over a block wider than the Status column judges the Status cells', () => {
    const e = withLeads(3);
    setCells(e, 3, { 'Lost Reason': 'Tidak ada respon' });
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    const block = sheet
      .getRange(2, STATUS, 3, 2)
      .getValues()
      .map((r) => ['Lost', r[1]]);
    e.userEdit('Leads', 2, STATUS, block);
    expect([statusOf(e, 2), statusOf(e, 3), statusOf(e, 4)]).toEqual(['Lead', 'Lost', 'Lead']);
  });

  test('sorting rows does not confuse the previous statuses (they are keyed by Lead ID)', () => {
    const e = withLeads(2);
    setCells(e, 2, { 'Lost Reason': 'Harga' });
    e.userEdit('Leads', 2, STATUS, [['Lost']]);
    // The user sorts: swap the two rows by hand.
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    const rows = sheet.getRange(2, 1, 2, 20).getValues();
    sheet.getRange(2, STATUS, 2, 1).clearDataValidations();
    sheet.getRange(2, 1, 2, 20).setValues([rows[1], rows[0]]);
    // Paste Lead over both: row 3 (L-000001, Lost) may go back to Lead, row 2 stays Lead.
    e.userEdit('Leads', 2, STATUS, [['Lead'], ['Lead']]);
    expect(records(e.spreadsheet, 'Activities').map((a) => a.Summary)).toEqual(['Lead → Lost', 'Lost → Lead']);
  });

  test('a revert to a legacy status the dropdown does not list keeps that status', () => {
    const e = withLeads(1);
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    sheet.getRange(2, STATUS).clearDataValidations();
    sheet.getRange(2, STATUS).setValue('Prospek Panas');
    e.call('setupCrm');
    e.userEdit('Leads', 2, STATUS, [['Won']]);
    expect(statusOf(e, 2)).toBe('Prospek Panas');
    expect(sheet.getRange(2, STATUS).getDataValidation()).not.toBeNull();
  });
});

describe('onEdit while someone else holds the document lock', () => {
  test('a single edit and a paste are both put back, with a toast asking to try again', () => {
    const e = withLeads(3);
    setCells(e, 2, { 'Lost Reason': 'Harga' });
    e.userEdit('Leads', 2, STATUS, [['Lost']]);
    e.locks.holders.set(`doc:${e.spreadsheet.getId()}`, 'someone-else');
    e.userEdit('Leads', 3, STATUS, [['Lost']]);
    expect(statusOf(e, 3)).toBe('Lead');
    e.userEdit('Leads', 2, STATUS, [['Lead'], ['Lost'], ['Lost']]);
    expect([statusOf(e, 2), statusOf(e, 3), statusOf(e, 4)]).toEqual(['Lost', 'Lead', 'Lead']);
    expect(lastToast(e)).toBe('Orang lain sedang menyimpan; perubahan status Anda dibatalkan. Silakan coba lagi.');
    expect(records(e.spreadsheet, 'Activities')).toHaveLength(1);
  });
});

describe('setLeadStatus', () => {
  test('fills the given fields first, then applies the same rules', () => {
    const e = withLeads(1);
    const r = e.call('setLeadStatus', {
      leadId: 'L-000001',
      status: 'Quotation Sent',
      fields: { dealValue: 'Rp 12.500.000', expectedClose: '2026-12-20' },
    });
    expect(r).toEqual({ ok: true, leadId: 'L-000001', status: 'Quotation Sent', card: expect.anything() });
    const [lead] = records(e.spreadsheet, 'Leads');
    expect(lead['Deal Value']).toBe(12500000);
    expect(iso(lead['Expected Close'])).toBe('2026-12-19T17:00:00.000Z');
    expect(records(e.spreadsheet, 'Activities').map((a) => a.Summary)).toEqual(['Lead → Quotation Sent']);
    // The shadow now knows it: a paste back to Lead is judged from Quotation Sent.
    e.userEdit('Leads', 2, STATUS, [['Lead']]);
    expect(statusOf(e, 2)).toBe('Quotation Sent');
  });

  test('the current status with new field values saves them, with a Note of what changed (issue 25, 14)', () => {
    const e = withLeads(1);
    e.call('setLeadStatus', {
      leadId: 'L-000001',
      status: 'Quotation Sent',
      fields: { dealValue: '12500000', expectedClose: '2026-12-20' },
    });
    const r = e.call('setLeadStatus', {
      leadId: 'L-000001',
      status: 'Quotation Sent',
      fields: { dealValue: 'Rp 15.000.000', expectedClose: '2026-12-20', product: '' },
    });
    expect(r).toEqual({ ok: true, leadId: 'L-000001', status: 'Quotation Sent', changed: 1, card: expect.anything() });
    const [lead] = records(e.spreadsheet, 'Leads');
    expect(lead['Deal Value']).toBe(15000000);
    expect(lead.Status).toBe('Quotation Sent');
    const acts = records(e.spreadsheet, 'Activities');
    expect(acts.map((a) => [a.Type, a.Summary])).toEqual([
      ['Status Change', 'Lead → Quotation Sent'],
      ['Note', 'Status tetap Penawaran terkirim; disimpan: Nilai deal (Deal Value): Rp 12.500.000 → Rp 15.000.000'],
    ]);
    // The same values again: nothing to save, nothing logged.
    expect(
      e.call('setLeadStatus', { leadId: 'L-000001', status: 'Quotation Sent', fields: { dealValue: '15000000' } }),
    ).toEqual({ ok: true, leadId: 'L-000001', status: 'Quotation Sent', changed: 0, card: expect.anything() });
    expect(records(e.spreadsheet, 'Activities')).toHaveLength(2);
  });

  test('missing or invalid fields: errors per field and nothing written', () => {
    const e = withLeads(1);
    const before = JSON.stringify(records(e.spreadsheet, 'Leads'));
    expect(
      e.call('setLeadStatus', { leadId: 'L-000001', status: 'Quotation Sent', fields: { dealValue: '5000000' } }),
    ).toEqual({
      ok: false,
      errors: {
        status: 'Sebelum Penawaran terkirim, isi dulu: Perkiraan closing.',
        expectedClose: 'Perkiraan closing wajib diisi.',
      },
    });
    expect(
      e.call('setLeadStatus', {
        leadId: 'L-000001',
        status: 'Quotation Sent',
        fields: { dealValue: 'mahal', expectedClose: 'minggu depan' },
      }),
    ).toEqual({
      ok: false,
      errors: {
        dealValue: 'Nilai deal harus berupa angka 0 atau lebih.',
        expectedClose: 'Perkiraan closing harus berupa tanggal (misalnya 28/11/2026).',
      },
    });
    expect(
      errorsOf(e.call('setLeadStatus', { leadId: 'L-000001', status: 'Won', fields: { dealValue: '1' } })).status,
    ).toMatch(/Prospek → Menang tidak diizinkan/);
    expect(e.call('setLeadStatus', { leadId: 'L-404', status: 'Lost', fields: {} })).toEqual({
      ok: false,
      errors: { leadId: 'Tidak ada prospek dengan ID "L-404".' },
    });
    expect(JSON.stringify(records(e.spreadsheet, 'Leads'))).toBe(before);
    expect(records(e.spreadsheet, 'Activities')).toEqual([]);
  });

  test('a huge status is quoted as an excerpt: the message stays short', () => {
    const e = withLeads(1);
    const before = JSON.stringify(records(e.spreadsheet, 'Leads'));
    const huge = `Hot${'x'.repeat(1_000_000)}`;
    const errors = errorsOf(e.call('setLeadStatus', { leadId: 'L-000001', status: huge, fields: {} }));
    expect(errors.status).toMatch(
      /^"Hotx+…" bukan status\. Pilih salah satu: Prospek, Penawaran terkirim, Negosiasi, Menang, Kalah, Klien lama\.$/,
    );
    expect(errors.status.length).toBeLessThan(1000);
    // The status a cell holds (the largest a cell may: 50,000 characters), echoed when the board saw another one.
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    sheet.getRange(2, STATUS).clearDataValidations();
    sheet.getRange(2, STATUS).setValue('y'.repeat(50000));
    const moved = e.call('setLeadStatus', {
      leadId: 'L-000001',
      status: 'Lost',
      expectedStatus: 'Lead',
      fields: { lostReason: 'Harga' },
    }) as { changed?: boolean; errors: Record<string, string> };
    expect(moved.changed).toBe(true);
    expect(moved.errors.status.length).toBeLessThan(1000);
    expect(JSON.stringify(records(e.spreadsheet, 'Leads'))).toBe(
      before.replace('"Status":"Lead"', `"Status":"${'y'.repeat(50000)}"`),
    );
  });
});

describe('onEdit, a huge value', () => {
  test('the largest status a cell holds, typed where the dropdown was removed, is reverted with a short toast', () => {
    const e = withLeads(1);
    const sheet = e.spreadsheet.getSheetByName('Leads')!;
    sheet.getRange(2, STATUS).clearDataValidations();
    e.userEdit('Leads', 2, STATUS, [['z'.repeat(50000)]]);
    expect(statusOf(e, 2)).toBe('Lead');
    expect(lastToast(e)).toMatch(/^Perubahan status di baris 2 dibatalkan: "z+…" bukan status\./);
    expect(lastToast(e).length).toBeLessThan(1000);
  });
});
