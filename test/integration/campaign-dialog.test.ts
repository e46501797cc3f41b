// The campaign dialog's server side (issue 29 item 6) through the bundle: the lists a segment is
// chosen from, a draft's live preview with a reason per skipped client, a test send, Start that
// writes the Campaigns row (nobody types a Template ID or a segment) and says what happens when,
// then the daily run sending within the quota left after the digests, and the progress.
import { personTypes } from '../../src/local/demo';
import { env, records } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import { setSetting } from '../../src/local/demo';
import type { Environment } from '../../src/local/environment';

const MONDAY = '2026-11-23T09:00:00+07:00';

function crm(n: number, quota = 100): Environment {
  const e = env({ now: MONDAY, user: 'rina@firma.id', mailQuota: quota });
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina']]);
  const leads = e.spreadsheet.getSheetByName('Leads')!;
  if (n + 1 > leads.getMaxRows()) leads.insertRowsAfter(leads.getMaxRows(), n + 1 - leads.getMaxRows());
  const rows = Array.from({ length: n }, (_, i) => {
    const rec: Record<string, unknown> = {
      'Lead ID': `L-${String(i + 1).padStart(6, '0')}`,
      Name: `Klien ${i}`,
      Email: i % 10 === 3 ? '' : `klien${i}@contoh.id`,
      Phone: `+62813${String(10000000 + i)}`,
      Status: i % 2 === 0 ? 'Lead' : 'Past Client',
      Source: i % 3 === 0 ? 'Referral' : 'Website',
      Owner: 'rina@firma.id',
      // Klien 5 opted out on another row that shares Klien 4's address.
      Consent: i === 5 ? 'Opted out' : 'Subscribed',
      'Created At': new Date(Date.UTC(2026, 9, 1 + (i % 30), 2)),
    };
    if (i === 5) rec.Email = 'klien4@contoh.id';
    return LEAD_COLUMNS.map((c) => rec[c.header] ?? '');
  });
  leads.getRange(2, 1, n, LEAD_COLUMNS.length).setValues(rows);
  return e;
}

test('the context: templates and the lists a segment is chosen from, in the user’s language', () => {
  const e = crm(20);
  const c = e.call('getCampaignContext');
  expect(c.templates.find((x) => x.id === 'T-007')).toMatchObject({ channel: 'Email' });
  expect(c.options.status.find((o) => o.value === 'Quotation Sent')).toEqual({
    value: 'Quotation Sent',
    label: 'Penawaran terkirim',
  });
  expect(c.options.owner).toEqual([{ value: 'rina@firma.id', label: 'Rina' }]);
  expect(c.options.source.map((o) => o.value)).toEqual(expect.arrayContaining(['Website', 'Referral']));
  expect(c.campaigns).toEqual([]);
});

test('a draft’s preview: the live count, who receives it, a reason for every skipped client, and when', () => {
  const e = crm(40);
  const draft = { templateId: 'T-007', segment: { status: ['Lead'], source: ['Website'] } };
  const p = e.call('previewCampaignDraft', draft);
  const rows = records(e.spreadsheet, 'Leads').filter((r) => r.Status === 'Lead' && r.Source === 'Website');
  expect(p.matched).toBe(rows.length);
  expect(p.recipients + p.skipped.length).toBe(rows.length);
  const why = Object.fromEntries(p.skipped.map((s) => [s.name, s.reason]));
  for (const r of rows) if (r.Email === '') expect(why[String(r.Name)]).toBe('tidak punya alamat email');
  expect(p.sample).toMatchObject({ to: expect.stringMatching(/@contoh\.id$/), subject: expect.any(String) });
  expect(p.list.every((x) => x.name.startsWith('Klien'))).toBe(true);
  // Klien 4's address is opted out on another row (Klien 5): skipped, naming that row.
  const all = e.call('previewCampaignDraft', { templateId: 'T-007', segment: { status: ['Lead'] } });
  expect(all.skipped.find((s) => s.name === 'Klien 4')?.reason).toMatch(/L-000006/);
  // Everyone asked: no line about the unasked (never "0 orang… tidak menerimanya"; consent.test.ts has the others).
  const every = records(e.spreadsheet, 'Leads');
  e.spreadsheet
    .getSheetByName('Leads')!
    .getRange(2, Object.keys(every[0]).indexOf('Consent') + 1, every.length, 1)
    .setValues(every.map((r) => [r.Consent === '' ? 'Subscribed' : r.Consent]));
  expect(e.call('previewCampaignDraft', { templateId: 'T-007', segment: { status: ['Lead'] } }).consent).toBe('');
  // No daily run installed: Start would send nothing, and says so.
  expect(p.when).toBe(
    'Proses harian belum dipasang, jadi belum ada yang dikirim: Ekstensi ▸ Lembar CRM ▸ Admin ▸ Pasang otomatisasi harian.',
  );
  e.call('installTriggers');
  // 100 a day, less one digest for Rina and one for the manager: 98 a day, from the next run
  // (08.00 tomorrow: today's has passed).
  const big = e.call('previewCampaignDraft', { templateId: 'T-007', segment: {} });
  expect(big.when).toBe(
    `${big.recipients} email, dikirim oleh proses harian pukul 08.00 dalam kuota email yang tersisa setelah ringkasan harian (98 per hari): ${big.recipients} pada Selasa, 24 Nov.`,
  );
  expect(JSON.stringify([p, big])).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});

test('bad input names the field and writes nothing', () => {
  const e = crm(10);
  const before = JSON.stringify(e.spreadsheet.getSheetByName('Campaigns')!.getDataRange().getValues());
  expect(() => e.call('previewCampaignDraft', { segment: {} })).toThrow('Template wajib diisi.');
  expect(() => e.call('previewCampaignDraft', { templateId: 'T-007', segment: { createdFrom: '2026-02-30' } })).toThrow(
    'Dibuat sejak: pilih tanggal.',
  );
  expect(() =>
    e.call('previewCampaignDraft', {
      templateId: 'T-007',
      segment: { createdFrom: '2026-11-01', createdTo: '2026-10-01' },
    }),
  ).toThrow('"Dibuat sejak" harus sama dengan atau sebelum "Dibuat sampai".');
  expect(() => e.call('previewCampaignDraft', { templateId: 'T-007', segment: { product: ['A, B'] } })).toThrow(
    /^Produk: "A, B" tidak bisa dipilih/,
  );
  expect(() => e.call('createCampaign', { templateId: 'T-007', segment: {} })).toThrow('Nama kampanye wajib diisi.');
  expect(() => e.call('createCampaign', { name: 'Kosong', templateId: 'T-007', segment: { status: ['Won'] } })).toThrow(
    'Tidak ada yang akan menerima dari segmen ini',
  );
  expect(JSON.stringify(e.spreadsheet.getSheetByName('Campaigns')!.getDataRange().getValues())).toBe(before);
});

test('a test goes to the person testing only, marked TEST', () => {
  const e = crm(10);
  const r = e.call('sendCampaignDraftTest', { name: 'Natal', templateId: 'T-007', segment: { status: ['Lead'] } });
  expect(r.message).toBe('Email uji kampanye "Natal" terkirim ke rina@firma.id.');
  expect(e.mail.sent.map((m) => [m.to, m.subject.slice(0, 6)])).toEqual([['rina@firma.id', '[TEST]']]);
});

test('Start writes the Campaigns row itself; the daily run sends within the quota; the progress follows', () => {
  const e = crm(300, 100);
  e.call('installTriggers');
  const draft = {
    name: 'Lebaran 2027',
    templateId: 'T-007',
    segment: { createdFrom: '2026-10-01', createdTo: '2026-10-20' },
  };
  const p = e.call('previewCampaignDraft', draft);
  const created = e.call('createCampaign', draft);
  expect(created.id).toMatch(/^CMP-\d+$/);
  expect(created.message).toMatch(
    new RegExp(`^Kampanye "Lebaran 2027" dimulai: ${p.recipients} penerima\\. ${p.recipients} email`),
  );
  expect(created.message).toMatch(/98 pada Selasa, 24 Nov, \d+ pada Rabu, 25 Nov/);
  const row = records(e.spreadsheet, 'Campaigns')[0];
  expect(row).toMatchObject({
    Campaign: 'Lebaran 2027',
    'Template ID': 'T-007',
    Segment: 'Created=2026-10-01..2026-10-20',
    State: 'Running',
    Recipients: p.recipients,
    Sent: 0,
    Waiting: p.recipients,
    Skipped: p.skipped.length,
    'Campaign ID': created.id,
  });
  expect(created.campaigns).toEqual([
    expect.objectContaining({ name: 'Lebaran 2027', state: 'Running', recipients: p.recipients, sent: 0 }),
  ]);
  expect(() => e.call('createCampaign', { ...draft, name: 'lebaran 2027' })).toThrow(
    'Kampanye bernama "lebaran 2027" sudah ada: pilih nama lain.',
  );
  // The next morning's run: the digests first, then as many as the quota left.
  e.clock.advance(23 * 3600 * 1000);
  e.call('runDailyJobs');
  const progress = e.call('getCampaignProgress')[0];
  expect(progress.sent).toBeGreaterThan(0);
  expect(progress.sent).toBeLessThanOrEqual(98);
  expect(progress.sent + progress.waiting).toBe(p.recipients);
  // A client hears from the lead's owner by the Team's name, replying to them, not "Lembar CRM".
  const toClient = e.mail.sent.find((m) => m.to.startsWith('klien'))!;
  expect([toClient.name, toClient.replyTo]).toEqual(['Rina', 'rina@firma.id']);
  e.call('stopCampaign', { id: created.id });
  expect(e.call('getCampaignProgress')[0].state).toBe('Stopped');
});

test('the menu opens the dialog', () => {
  const e = crm(1);
  e.call('showCampaignDialog');
  expect(e.spreadsheetApp.ui.dialogs.map((x) => x.title)).toEqual(['Kampanye']);
});
