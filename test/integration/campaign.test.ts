// A campaign over 2,000 leads with a 100-a-day quota, day after day: within the quota,
// nobody twice, opted-out people never, a shared address once, every send logged, digests first.
import { personTypes } from '../../src/local/demo';
import { env, records } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import { setSetting } from '../../src/local/demo';
import type { Environment } from '../../src/local/environment';

function crm(n: number, quota = 100): Environment {
  const e = env({ now: '2026-11-23T09:00:00+07:00', user: 'rina@firma.id', mailQuota: quota });
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina']]);
  const leads = e.spreadsheet.getSheetByName('Leads')!;
  if (n + 1 > leads.getMaxRows()) leads.insertRowsAfter(leads.getMaxRows(), n + 1 - leads.getMaxRows());
  const rows = Array.from({ length: n }, (_, i) => {
    const rec: Record<string, unknown> = {
      'Lead ID': `L-${String(i + 1).padStart(6, '0')}`,
      Name: i % 97 === 5 ? '' : `Klien ${i}`,
      Company: `PT Usaha ${i}`,
      // Every 50th lead shares the address of the one before (a family or a repeat entry).
      Email: i % 50 === 49 ? `klien${i - 1}@contoh.id` : i % 40 === 7 ? '' : `klien${i}@contoh.id`,
      Phone: `+62813${String(10000000 + i)}`,
      Status: i % 3 === 0 ? 'Past Client' : 'Lead',
      Source: 'Website',
      Owner: 'rina@firma.id',
      Consent: i % 25 === 3 ? 'Opted out' : i % 2 ? 'Subscribed' : '',
      'Next Follow-up': i < 5 ? new Date('2026-11-20T00:00:00+07:00') : '',
    };
    return LEAD_COLUMNS.map((c) => rec[c.header] ?? '');
  });
  leads.getRange(2, 1, n, LEAD_COLUMNS.length).setValues(rows);
  e.spreadsheet
    .getSheetByName('Campaigns')!
    .getRange(2, 1, 1, 5)
    .setValues([['Lebaran', 'T-007', '', '2026-11-23', 'Draft']]);
  return e;
}

test('refused clearly: no template, an unknown segment field, an unknown campaign', () => {
  const e = crm(10);
  e.spreadsheet
    .getSheetByName('Campaigns')!
    .getRange(3, 1, 2, 3)
    .setValues([
      ['Tanpa Template', '', ''],
      ['Salah Segmen', 'T-007', 'Kota=Solo'],
    ]);
  expect(() => e.call('startCampaign', { name: 'Tanpa Template' })).toThrow(/belum punya template/);
  expect(() => e.call('previewCampaign', { name: 'Salah Segmen' })).toThrow(
    /"Kota" bukan kolom yang bisa dipakai segmen/,
  );
  expect(() => e.call('stopCampaign', { name: 'Natal' })).toThrow(/Tidak ada kampanye "Natal"/);
});

test('the preview says who receives it and why others do not; a segment narrows it', () => {
  const e = crm(200);
  const p = e.call('previewCampaign', { name: 'Lebaran' });
  const rows = records(e.spreadsheet, 'Leads');
  const reasons = Object.fromEntries(p.skipped.map((s) => [s.leadId, s.reason]));
  for (const r of rows) {
    const id = String(r['Lead ID']);
    if (r.Consent === 'Opted out') expect(reasons[id]).toMatch(/Opted out/);
    else if (r.Email === '') expect(reasons[id]).toMatch(/tidak punya alamat email/);
  }
  expect(Object.values(reasons).some((x) => /alamat sama dengan L-\d+/.test(x))).toBe(true);
  expect(Object.values(reasons).some((x) => /tidak ada nilai untuk \{nama\}/.test(x))).toBe(true);
  expect(p.recipients + p.skipped.length).toBe(200);
  // By default leads never asked (Klien 0) do not receive campaigns: only Subscribed ones do.
  expect(p.sample?.subject).toBe('Selamat hari raya, Klien 1');
  expect(p.sample?.text).toMatch(/Salam hangat,\nRina\n\nBalas STOP jika tidak ingin menerima pesan ini lagi\.$/);
  expect(p.skipped.some((s) => /belum ditanya/.test(s.reason))).toBe(true);
  // Unless the team chooses otherwise in Settings.
  setSetting(e.spreadsheet, 'Campaigns to leads not asked for consent', 'yes');
  const all = e.call('previewCampaign', { name: 'Lebaran' });
  expect(all.recipients).toBeGreaterThan(p.recipients);
  expect(all.skipped.some((s) => /belum ditanya/.test(s.reason))).toBe(false);
  e.spreadsheet.getSheetByName('Campaigns')!.getRange(2, 3).setValue('Status=Past Client');
  const past = e.call('previewCampaign', { name: 'Lebaran' });
  expect(past.recipients + past.skipped.length).toBe(rows.filter((r) => r.Status === 'Past Client').length);
});

test('2,000 leads, 100 a day: the digests first, then the campaign within the quota, day after day, nobody twice', () => {
  const e = crm(2000);
  const preview = e.call('previewCampaign', { name: 'Lebaran' });
  e.call('startCampaign', { name: 'Lebaran' });
  const campaignMail = () => e.mail.sent.filter((m) => m.subject.startsWith('Selamat hari raya'));
  let days = 0;
  const calls: number[] = [];
  while (campaignMail().length < preview.recipients && days < 30) {
    const before = e.mail.sent.length;
    e.call('runDailyJobs');
    calls.push(e.lastRun.serviceCalls);
    const today = e.mail.sent.slice(before);
    expect(today.length).toBeLessThanOrEqual(100);
    // The digest of the day goes before any campaign email.
    const firstCampaign = today.findIndex((m) => m.subject.startsWith('Selamat hari raya'));
    const digest = today.findIndex((m) => m.to === 'rina@firma.id' && !m.subject.startsWith('Selamat hari raya'));
    if (digest >= 0 && firstCampaign >= 0) expect(digest).toBeLessThan(firstCampaign);
    e.clock.advance(24 * 3600000);
    days++;
  }
  const sent = campaignMail();
  expect(sent).toHaveLength(preview.recipients);
  // Each day costs about the calls of that day's sends: who has it already is read once, not
  // claimed again recipient by recipient (the last day, with few left, is the cheapest).
  expect(Math.max(...calls.slice(1))).toBeLessThanOrEqual(calls[0] + 50);
  expect(calls.at(-1)!).toBeLessThan(calls[0]);
  expect(new Set(sent.map((m) => m.to)).size).toBe(sent.length);
  const rows = records(e.spreadsheet, 'Leads');
  const optedOut = new Set(rows.filter((r) => r.Consent === 'Opted out').map((r) => String(r.Email)));
  expect(sent.filter((m) => optedOut.has(m.to))).toEqual([]);
  expect(sent.every((m) => m.replyTo === 'rina@firma.id')).toBe(true);
  // Every send is on its lead's history, and the tab shows the campaign done.
  const logged = records(e.spreadsheet, 'Activities').filter(
    (a) => a.Type === 'Email' && String(a.Summary).startsWith('Lebaran:'),
  );
  expect(logged).toHaveLength(sent.length);
  const row = records(e.spreadsheet, 'Campaigns')[0];
  expect(row).toMatchObject({ State: 'Done', Recipients: preview.recipients, Sent: preview.recipients, Waiting: 0 });
  // A done or stopped campaign sends nothing more.
  e.call('runDailyJobs');
  expect(campaignMail()).toHaveLength(preview.recipients);
});

test('a test send to oneself first; a person who asks to stop is set Opted out from the sidebar and never receives one', () => {
  const e = crm(20);
  expect(e.call('sendCampaignTest', { name: 'Lebaran' })).toMatchObject({
    message: expect.stringMatching(/terkirim ke rina@firma\.id/),
  });
  expect(e.mail.sent.map((m) => [m.to, m.subject])).toEqual([['rina@firma.id', '[TEST] Selamat hari raya, Klien 1']]);
  expect(e.call('updateLead', { leadId: 'L-000001', fields: { consent: 'Opted out' } })).toMatchObject({ ok: true });
  expect(e.call('updateLead', { leadId: 'L-000001', fields: { consent: 'maybe' } }).errors.consent).toMatch(
    /"Subscribed" \(bersedia menerima\), "Opted out"/,
  );
  const p = e.call('previewCampaign', { name: 'Lebaran' });
  expect(p.skipped.find((s) => s.leadId === 'L-000001')?.reason).toMatch(/Opted out/);
});

test('a stopped campaign sends nothing more; the WhatsApp queue resumes where anyone stopped', () => {
  const e = crm(30);
  e.spreadsheet
    .getSheetByName('Campaigns')!
    .getRange(3, 1, 1, 5)
    .setValues([['Imlek WA', 'T-006', 'Status=Lead', '2026-11-23', 'Draft']]);
  e.call('startCampaign', { name: 'Lebaran' });
  e.call('stopCampaign', { name: 'Lebaran' });
  e.call('runDailyJobs');
  expect(e.mail.sent.filter((m) => m.subject.startsWith('Selamat hari raya'))).toHaveLength(0);
  e.call('startCampaign', { name: 'Imlek WA' });
  const first = e.call('nextCampaignContact', { name: 'Imlek WA' });
  expect(first.whatsapp).toMatch(/^https:\/\/wa\.me\/62813\d+\?text=Selamat%20hari%20raya/);
  const second = e.call('markCampaignContact', { name: 'Imlek WA', leadId: first.leadId, outcome: 'sent' });
  expect(second.remaining).toBe(first.remaining - 1);
  expect(records(e.spreadsheet, 'Activities').at(-1)).toMatchObject({ 'Lead ID': first.leadId, Type: 'WhatsApp' });
  // Another team member picks up the same queue where it stopped.
  const other = env({
    now: '2026-11-23T10:00:00+07:00',
    user: 'andi@firma.id',
    spreadsheet: e.spreadsheet,
    state: e.state,
  });
  expect(other.call('nextCampaignContact', { name: 'Imlek WA' }).leadId).toBe(second.leadId);
});
