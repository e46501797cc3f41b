// Placeholders are filled in one pass. A lead's own data is never read as a
// placeholder, neither when the sidebar shows the text nor when it is sent; a name with braces
// is a name, and the lead can be emailed.
import { personTypes } from '../../src/local/demo';
import { setUpEnv, ok } from '../helpers';
import type { Environment } from '../../src/local/environment';

function crm(lead: Record<string, unknown>): Environment {
  const e = setUpEnv({ user: 'rina@firma.id' });
  personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina']]);
  ok(e.call('submitLead', { source: 'Website', needs: 'CCTV gudang', email: 'eka@contoh.id', ...lead }));
  return e;
}

test('a lead named "Eka {perusahaan}" is shown and sent that name, literally, with or without the page’s text', () => {
  const e = crm({ name: 'Eka {perusahaan}', company: 'PT Rahasia Klien Lain', dealValue: '750000000' });
  const r = e.call('renderTemplate', { templateId: 'T-002', leadId: 'L-000001' });
  expect(r.text).toMatch(/^Yth\. Eka \{perusahaan\},/);
  expect(r.missing).toEqual([]);
  expect(r.fromLead).toEqual({ '{perusahaan}': 1 });
  // As the sidebar sends it (the text it showed), and as a bare call (the server's own fill).
  e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001', subject: r.subject, text: r.text });
  e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001' });
  expect(e.mail.sent.map((m) => m.body)).toEqual([r.text, r.text]);
  expect(e.mail.sent[0].body).not.toMatch(/Eka PT Rahasia/);
});

test('a name that looks like a placeholder never leaks another field into the subject', () => {
  const e = crm({ name: 'Eka {nilai}', company: 'PT A', dealValue: '750000000' });
  const r = e.call('renderTemplate', { templateId: 'T-007', leadId: 'L-000001' });
  e.call('sendTemplateEmail', { templateId: 'T-007', leadId: 'L-000001', subject: r.subject, text: r.text });
  expect(e.mail.sent.map((m) => m.subject)).toEqual(['Selamat hari raya, Eka {nilai}']);
  expect(e.mail.sent[0].body).not.toMatch(/750/);
});

test('a lead named "Toko {Maju}" can be emailed: the server says nothing is unfilled', () => {
  const e = crm({ name: 'Toko {Maju}', company: 'Toko Maju' });
  const r = e.call('renderTemplate', { templateId: 'T-007', leadId: 'L-000001' });
  expect(r.subject).toBe('Selamat hari raya, Toko {Maju}');
  expect(r.missing).toEqual([]);
  expect(
    e.call('sendTemplateEmail', { templateId: 'T-007', leadId: 'L-000001', subject: r.subject, text: r.text }),
  ).toMatchObject({ ok: true });
  expect(e.mail.sent.map((m) => m.subject)).toEqual(['Selamat hari raya, Toko {Maju}']);
});

test('an unfilled placeholder still refuses the send, even beside the same braces in the lead’s name', () => {
  // No company: the subject's {perusahaan} is unfilled; the name carries the same braces as text.
  const e = crm({ name: 'Eka {perusahaan}' });
  const r = e.call('renderTemplate', { templateId: 'T-002', leadId: 'L-000001' });
  expect(r.missing).toEqual(['{perusahaan}']);
  expect(() =>
    e.call('sendTemplateEmail', { templateId: 'T-002', leadId: 'L-000001', subject: r.subject, text: r.text }),
  ).toThrow(/\{perusahaan\}/);
  // The person writes the company into the subject: the name's braces are text, so it goes.
  e.call('sendTemplateEmail', {
    templateId: 'T-002',
    leadId: 'L-000001',
    subject: 'CCTV gudang untuk Anda',
    text: r.text,
  });
  expect(e.mail.sent.map((m) => [m.subject, m.body])).toEqual([['CCTV gudang untuk Anda', r.text]]);
});

test('{tanggal_penawaran} is the day the quotation went out, not the day of a later stage', () => {
  const e = crm({ name: 'Eka Putri', phone: '0812-3456-0001', dealValue: '25 jt' });
  // Quotation Sent on 24 November (the environment's day), Negotiation two days later.
  ok(
    e.call('setLeadStatus', {
      leadId: 'L-000001',
      status: 'Quotation Sent',
      fields: { dealValue: '25000000', expectedClose: '2026-12-20' },
    }),
  );
  e.clock.advance(2 * 86400000);
  ok(e.call('setLeadStatus', { leadId: 'L-000001', status: 'Negotiation', fields: {} }));
  const r = e.call('renderTemplate', { templateId: 'T-004', leadId: 'L-000001' });
  expect(r.text).toMatch(/sudah kami kirim pada 24 November 2026\./);
  // The card's template, built from the activities it reads, says the same day.
  const card = e.call('getSelectedLead', { leadId: 'L-000001' })!;
  if (card.template?.templateId === 'T-004') expect(card.template.text).toMatch(/24 November 2026/);
});
