// Issue 29 items 1, 2 and 5 through the built bundle: what a person reads speaks their language
// (statuses, sources and types by label, dates as people write them, phones as people dial
// them, owners by Team name, a greeting without the Name cell's titles), and advice follows
// progress (the follow-ups without progress restart when the stage moves forward).
import { personTypes } from '../../src/local/demo';
import { env, records } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';
import { setSetting } from '../../src/local/demo';
import { offences } from '../language';

const JKT = (s: string) => new Date(`${s}+07:00`);
const col = (h: string) => LEAD_COLUMNS.findIndex((c) => c.header === h) + 1;

function crm(rows: Record<string, unknown>[], now = '2026-11-24T09:00:00+07:00'): Environment {
  const e = env({ now, user: 'rina@firma.id' });
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  personTypes(e.spreadsheet, 'Team', 2, 1, [
    ['rina@firma.id', 'Rina Wulandari', '0812-1000-2000', 'Sales', 'id'],
    ['boss@firma.id', 'Pak Bos', '', 'Manager', 'id'],
  ]);
  const values = rows.map((r, i) => {
    const rec: Record<string, unknown> = {
      'Lead ID': `L-${String(i + 1).padStart(6, '0')}`,
      'Created At': JKT('2026-11-01T09:00:00'),
      Company: 'PT Contoh',
      Phone: '+6281234500000',
      Source: 'Walk-in',
      Needs: 'CCTV',
      Status: 'Lead',
      Owner: 'rina@firma.id',
      'Follow-ups': 0,
      'Last Contact': JKT('2026-11-02T10:00:00'),
      ...r,
    };
    return LEAD_COLUMNS.map((c) => rec[c.header] ?? '');
  });
  e.spreadsheet.getSheetByName('Leads')!.getRange(2, 1, values.length, LEAD_COLUMNS.length).setValues(values);
  return e;
}

describe('advice follows progress (item 5)', () => {
  const stuck = {
    Name: 'Maksimal',
    Status: 'Quotation Sent',
    'Deal Value': 5e7,
    'Expected Close': JKT('2026-12-20T00:00:00'),
    'Follow-ups': 3,
    'Next Follow-up': JKT('2026-11-23T00:00:00'),
  };

  test('at the maximum, Today advises Lost by its label; moved to Negotiation, it no longer does', () => {
    const e = crm([stuck]);
    const before = e.call('getMyDay');
    const max = before.sections.find((s) => s.key === 'maxFollowUps')!;
    expect(max.items.map((i) => i.leadId)).toEqual(['L-000001']);
    expect(max.items[0].reason).toBe(
      '3 kali tindak lanjut tanpa kemajuan sejak tahap terakhir (maksimal 3): tandai Kalah atau terus bina.',
    );
    expect(e.call('setLeadStatus', { leadId: 'L-000001', status: 'Negotiation', fields: {} }).ok).toBe(true);
    expect(records(e.spreadsheet, 'Leads')[0]['Follow-ups']).toBe(0);
    const after = e.call('getMyDay');
    expect(after.sections.find((s) => s.key === 'maxFollowUps')).toBeUndefined();
    // Still due for its follow-up, as any lead would be.
    expect(after.sections.find((s) => s.key === 'followUpDue')!.items.map((i) => i.leadId)).toEqual(['L-000001']);
  });

  test('a status typed into the sheet restarts the count the same way; Lost and a move back do not', () => {
    const e = crm([stuck, { ...stuck, Name: 'Mundur', Status: 'Negotiation' }, { ...stuck, Name: 'Kalah' }]);
    e.userEdit('Leads', 2, col('Status'), [['Negotiation']]);
    e.userEdit('Leads', 3, col('Status'), [['Quotation Sent']]);
    e.userEdit('Leads', 4, col('Lost Reason'), [['Harga']]);
    e.userEdit('Leads', 4, col('Status'), [['Lost']]);
    const leads = records(e.spreadsheet, 'Leads');
    expect(leads.map((l) => [l.Status, l['Follow-ups']])).toEqual([
      ['Negotiation', 0],
      ['Quotation Sent', 3],
      ['Lost', 3],
    ]);
  });

  test('the digest advises Lost by its label, in words the sidebar offers', () => {
    const e = crm([stuck]);
    e.call('runFollowUpReminders');
    const mail = e.mail.sent.find((m) => m.to === 'rina@firma.id')!;
    expect(mail.body).toMatch(/tandai Kalah \(dari prospeknya di panel\)/);
    expect(e.call('getSidebarContext').maxFollowUps).toBe(3);
  });
});

describe('one language, local formats (items 1 and 2)', () => {
  test('Today and the digests: dates as people write them, statuses by label, phones as dialled, owners by name', () => {
    const e = crm([
      { Name: 'Telat Dua', 'Next Follow-up': JKT('2026-11-22T00:00:00') },
      { Name: 'Macet', Status: 'Negotiation', 'Status Changed At': JKT('2026-10-01T09:00:00') },
    ]);
    const day = e.call('getMyDay');
    expect(day.date).toBe('2026-11-24');
    expect(day.dateText).toBe('Selasa, 24 Nov');
    const reasons = day.sections.flatMap((s) => s.items.map((i) => i.reason));
    expect(reasons).toEqual([
      'Tindak lanjut jatuh tempo Minggu, 22 Nov: terlambat 2 hari.',
      'Terlalu lama di Negosiasi: macet sejak Kamis, 22 Okt.',
    ]);
    e.call('runFollowUpReminders');
    const owner = e.mail.sent.find((m) => m.to === 'rina@firma.id')!;
    expect(owner.subject).toBe('Lembar CRM: 2 prospek perlu ditindaklanjuti (24 November 2026)');
    expect(owner.body).toContain('0812-3450-0000');
    expect(owner.body).not.toContain('+6281234500000');
    expect(owner.body).toContain('Negosiasi · jatuh tempo 22 Oktober 2026');
    const boss = e.mail.sent.find((m) => m.to === 'boss@firma.id')!;
    expect(boss.subject).toBe('Lembar CRM: tindak lanjut tim (24 November 2026)');
    expect(boss.body).toMatch(/^Rina Wulandari: /m);
    for (const m of [owner, boss])
      expect({ to: m.to, bad: offences(`${m.subject}\n${m.body}`) }).toEqual({ to: m.to, bad: [] });
  });

  test('a lead card: the phone as dialled, the history of a status change by the statuses’ labels', () => {
    const e = crm([{ Name: 'Budi', 'Deal Value': 5e7, 'Expected Close': JKT('2026-12-20T00:00:00') }]);
    expect(e.call('setLeadStatus', { leadId: 'L-000001', status: 'Quotation Sent', fields: {} }).ok).toBe(true);
    const lead = e.call('getSelectedLead', { leadId: 'L-000001' })!;
    expect(lead.phoneText).toBe('0812-3450-0000');
    // The cell keeps the data names (reports parse them); the page shows the labels (test/unit/language).
    expect(lead.activities[0].summary).toBe('Lead → Quotation Sent');
  });

  test('a greeting uses the salutation Settings allows, never the titles of the Name cell', () => {
    const e = crm([{ Name: 'Bpk. Agus Salim, S.E.' }, { Name: 'Ibu Sri Wahyuni' }, { Name: 'Wahyu Hidayat' }]);
    const text = (leadId: string, templateId = 'T-003') => e.call('renderTemplate', { templateId, leadId }).text;
    expect(text('L-000001')).toMatch(/^Halo Pak Agus Salim, saya Rina Wulandari\./);
    expect(text('L-000002')).toMatch(/^Halo Bu Sri Wahyuni, saya/);
    expect(text('L-000003')).toMatch(/^Halo Wahyu Hidayat, saya/);
    expect(text('L-000001', 'T-103')).toMatch(/^Hello Mr Agus Salim, this is/);
    setSetting(e.spreadsheet, 'Salutation', 'none');
    expect(text('L-000001')).toMatch(/^Halo Agus Salim, saya/);
    setSetting(e.spreadsheet, 'Salutation', 'Yang Mulia');
    expect(text('L-000002')).toMatch(/^Halo Bu Sri Wahyuni/); // a bad setting: the default, reported
  });

  test('a quotation date in a client message is written out: 7 Desember 2026', () => {
    const e = crm(
      [{ Name: 'Budi', 'Deal Value': 5e7, 'Expected Close': JKT('2026-12-20T00:00:00') }],
      '2026-12-07T09:00:00+07:00',
    );
    expect(e.call('setLeadStatus', { leadId: 'L-000001', status: 'Quotation Sent', fields: {} }).ok).toBe(true);
    expect(e.call('renderTemplate', { templateId: 'T-004', leadId: 'L-000001' }).text).toContain(
      'sudah kami kirim pada 7 Desember 2026.',
    );
    expect(e.call('renderTemplate', { templateId: 'T-104', leadId: 'L-000001' }).text).toContain('on 7 December 2026.');
  });
});
