// The playground's lead form page (/form), as a prospect fills it in on a phone: found by its
// labels, sent like Google Forms sends it (a new response row, then the form-submit trigger), and
// the lead is in Leads with its owner told; a response without a contact is kept for review.
import { expectText, screenshot, sharedPlayground } from './browser';
import type { Environment } from '../../src/local/environment';

const env = sharedPlayground();

const inPlayground = <T>(fn: (e: Environment) => T): Promise<T> => env.pg.workspace.run(fn);

test('a prospect sends the form: a lead, owned by the Sales in turn, its owner told; one without contact waits for review', async () => {
  // The team installed the automation (the form's trigger with it).
  const installed = await fetch(`${env.pg.url}/api/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fn: 'installTriggers', args: [] }),
  }).then((r) => r.json());
  expect(installed.ok).toBe(true);
  const leadsBefore = await inPlayground((e) => e.spreadsheet.getSheetByName('Leads')!.getLastRow());
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${env.pg.url}/form`);
  await page.getByRole('heading', { name: 'Hubungi kami' }).waitFor();
  await page.getByLabel('Nama').fill('Dewi Lestari');
  await page.getByLabel('Perusahaan').fill('CV Sejahtera');
  await page.getByLabel('Nomor telepon / WhatsApp').fill('0813-5555-7777');
  await page.getByLabel('Email').fill('dewi@sejahtera.id');
  await page.getByLabel('Apa kebutuhan Anda?').fill('CCTV untuk toko, 4 kamera');
  await page.getByLabel('Dari mana Anda tahu tentang kami?').fill('Instagram');
  await screenshot(page, 'form-filled');
  await page.getByRole('button', { name: 'Kirim' }).click();
  await expectText(page.getByRole('status'), 'Tanggapan Anda telah direkam.');
  const made = await inPlayground((e) => {
    const leads = e.spreadsheet.getSheetByName('Leads')!.getDataRange().getValues();
    const h = leads[0];
    const last = leads[leads.length - 1];
    const tab = e.spreadsheet.getSheetByName('Form Responses 1')!.getDataRange().getValues();
    const th = tab[0];
    return {
      rows: leads.length,
      lead: ['Name', 'Phone', 'Source', 'Owner', 'Status'].map((k) => last[h.indexOf(k)]),
      response: ['Lead ID', 'Intake'].map((k) => tab[1][th.indexOf(k)]),
      mail: e.mail.sent.map((m) => [m.to, m.subject]),
    };
  });
  expect(made.rows).toBe(leadsBefore + 1);
  expect(made.lead).toEqual(['Dewi Lestari', '+6281355557777', 'Social Media', 'sales@example.com', 'Lead']);
  expect(made.response[1]).toBe('New lead');
  expect(made.mail).toContainEqual(['sales@example.com', 'Lead baru dari formulir: Dewi Lestari']);
  // Another response, with no way to reach the person: recorded for the prospect, kept for a person.
  await page.getByRole('link', { name: 'Kirim tanggapan lain' }).click();
  await page.getByLabel('Nama').fill('Tanpa Kontak');
  await page.getByLabel('Apa kebutuhan Anda?').fill('Alarm');
  await page.getByRole('button', { name: 'Kirim' }).click();
  await expectText(page.getByRole('status'), 'Tanggapan Anda telah direkam.');
  const kept = await inPlayground((e) => {
    const tab = e.spreadsheet.getSheetByName('Form Responses 1')!.getDataRange().getValues();
    return [tab.length, tab[2][tab[0].indexOf('Intake')], e.spreadsheet.getSheetByName('Leads')!.getLastRow()];
  });
  expect(kept).toEqual([3, 'Review', leadsBefore + 1]);
  await page.close();
});
