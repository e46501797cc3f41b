// Addresses compared as mail compares them, consent by address, placeholders filled once.
import { mailboxKey, normalizeEmail, headerText } from '../../src/core/email';
import { planCampaign } from '../../src/core/campaign';
import { leftoverPlaceholders, renderTemplate } from '../../src/core/templates';
import { DEFAULT_SETTINGS, parseSettings, SETTING } from '../../src/core/settings';

const template = {
  id: 'T',
  name: 'T',
  channel: 'Email',
  language: 'id',
  situation: 'Greeting',
  subject: 'Halo {nama}',
  text: 'Yth. {nama}',
};
const plan = (rows: Record<string, unknown>[], settings = DEFAULT_SETTINGS) =>
  planCampaign(rows, template, [], settings, () => 'Rina', 420, 'STOP');

test('Gmail ignores dots and +tags, googlemail is gmail; other domains are compared whole', () => {
  expect(mailboxKey('budi.s+promo@googlemail.com')).toBe('budis@gmail.com');
  expect(mailboxKey('budi.s+promo@contoh.id')).toBe('budi.s+promo@contoh.id');
});

test('one address rule: line breaks, commas, brackets and display names are not an address', () => {
  for (const bad of [
    'rina@firma.id\r\nBcc: spy@evil.example',
    'a@b.id, c@d.id',
    '<rina@firma.id>',
    'Rina <rina@firma.id>',
    '"Rina" rina@firma.id',
  ])
    expect(normalizeEmail(bad).ok).toBe(false);
  expect(normalizeEmail('  Rina@Firma.ID \n')).toEqual({ ok: true, email: 'rina@firma.id' });
  expect(headerText('Halo\r\nBcc: x@y.id')).toBe('Halo Bcc: x@y.id');
});

test('consent is by address, over every row; not asked is left out by default and counted', () => {
  const p = plan([
    { 'Lead ID': 'L-1', Name: 'A', Email: 'a.b@gmail.com', Consent: 'Opted out', Status: 'Lost' },
    { 'Lead ID': 'L-2', Name: 'A', Email: ' AB+x@gmail.com ', Consent: 'Subscribed' },
    { 'Lead ID': 'L-3', Name: 'C', Email: 'c@contoh.id', Consent: '' },
    { 'Lead ID': 'L-4', Name: 'C', Email: 'C@contoh.id', Consent: 'Subscribed' },
    { 'Lead ID': 'L-5', Name: 'D', Email: 'd@contoh.id', Consent: '' },
  ]);
  expect(p.recipients.map((r) => [r.leadId, r.to, r.key])).toEqual([['L-3', 'c@contoh.id', 'c@contoh.id']]);
  expect(p.skipped.map((s) => [s.leadId, s.reason.key])).toEqual([
    ['L-1', 'campaign.skip.optedOut'],
    ['L-2', 'campaign.skip.optedOutElsewhere'],
    ['L-4', 'campaign.skip.sameAddress'],
    ['L-5', 'campaign.skip.notAsked'],
  ]);
  expect(p.notAsked).toBe(1);
  // An address whose Consent nobody can read is not mailed either, and the reason says which it was.
  const unclear = plan([
    { 'Lead ID': 'L-6', Name: 'E', Email: 'e@contoh.id', Consent: 'mungkin' },
    { 'Lead ID': 'L-7', Name: 'E', Email: 'E@contoh.id', Consent: 'Subscribed' },
  ]);
  expect(unclear.skipped.map((s) => [s.leadId, s.reason.key])).toEqual([
    ['L-6', 'campaign.skip.unclear'],
    ['L-7', 'campaign.skip.unclearElsewhere'],
  ]);
  const yes = parseSettings([{ setting: SETTING.campaignsToUnasked, value: 'yes' }]).settings;
  expect(plan([{ 'Lead ID': 'L-5', Name: 'D', Email: 'd@contoh.id', Consent: '' }], yes).recipients).toHaveLength(1);
});

test('placeholders are filled once: braces in a value are text, counted so they never block a send', () => {
  const r = renderTemplate(
    { subject: 'Untuk {perusahaan}', text: 'Yth. {nama}' },
    { name: 'Toko {Maju} {perusahaan}' },
  );
  expect(r.text).toBe('Yth. Toko {Maju} {perusahaan}');
  expect(r.missing).toEqual(['{perusahaan}']);
  expect(r.fromLead).toEqual({ '{Maju}': 1, '{perusahaan}': 1 });
  expect(leftoverPlaceholders(r.subject, r.text, r.fromLead)).toEqual(['{perusahaan}']);
  expect(leftoverPlaceholders('Untuk PT A', r.text, r.fromLead)).toEqual([]);
  expect(leftoverPlaceholders('Untuk PT A', `${r.text} {nama}`, r.fromLead)).toEqual(['{nama}']);
});
