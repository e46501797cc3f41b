// The salesperson's day in the sidebar, by roles and labels: Today, search as you
// type, opening a lead, editing it with its history, at laptop and phone sizes.
import type { Page } from 'playwright-core';
import { expectText, screenshot, sidebar, sharedPlayground } from './browser';

const env = sharedPlayground();

async function open(width: number, height: number): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height } });
  await page.goto(env.pg.url);
  if (width < 700) await page.getByRole('button', { name: 'Sidebar' }).click();
  return page;
}

test.each([
  [1366, 768],
  [390, 844],
])('Today lists what is due, with call, WhatsApp and log in place (%i px)', async (width, height) => {
  const page = await open(width, height);
  const s = sidebar(page);
  const today = s.getByRole('tabpanel');
  await expectText(today, /Hari ini · (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w{3}/);
  const items = s.locator('li.item');
  await items.first().waitFor();
  const n = await items.count();
  expect(n).toBeGreaterThan(0);
  // Every item says why it is listed; a mobile gets WhatsApp, every phone a call.
  for (let i = 0; i < n; i++)
    await expectText(items.nth(i).locator('.reason'), /jatuh tempo|belum dihubungi|closing|klien lama|tindak lanjut/i);
  await screenshot(page, `today-${width}`);
  const first = items.first();
  const name = (await first.locator('button.link').textContent())!;
  await first.getByRole('button', { name: `Catat hasil ${name}` }).click();
  await first.getByLabel('Jenis').selectOption('Follow-up Call');
  await first.getByLabel('Ringkasan').fill('Sudah ditelepon, minta penawaran');
  await first.getByRole('button', { name: 'Catat', exact: true }).click();
  // Logged: the list is drawn again from the server (the form is gone, nothing refused).
  await s.getByLabel('Ringkasan').waitFor({ state: 'detached' });
  await s.getByRole('tab', { name: 'Cari' }).click();
  await s.getByLabel('Nama, perusahaan, telepon, email atau Lead ID').fill(name);
  await s
    .getByRole('button', { name: `Buka ${name}` })
    .first()
    .click();
  await expectText(s.locator('.recent li').first(), 'Sudah ditelepon, minta penawaran');
  await page.close();
});

test('search as you type finds a name, a phone typed another way, and says when nothing is found', async () => {
  const page = await open(1366, 768);
  const s = sidebar(page);
  await s.getByRole('tab', { name: 'Cari' }).click();
  const box = s.getByLabel('Nama, perusahaan, telepon, email atau Lead ID');
  await box.fill('pak BUDI');
  await expectText(s.locator('#search-results'), 'Budi Santoso');
  await box.fill('0812 3456 7890');
  await expectText(s.locator('#search-results'), 'Budi Santoso');
  await box.fill('tidak ada orangnya');
  await expectText(
    s.getByRole('status').filter({ hasText: 'Tidak ditemukan' }),
    'Tidak ditemukan untuk "tidak ada orangnya".',
  );
  // A 5,000-character query is quoted as an excerpt, never echoed whole (issue 25, 16).
  await box.fill('z'.repeat(5000));
  const said = s.getByRole('status').filter({ hasText: 'Tidak ditemukan' });
  await expectText(said, /^Tidak ditemukan untuk "z{79}…"\.$/);
  await box.fill('siti');
  await s.getByRole('button', { name: 'Buka Siti Rahmawati' }).click();
  await expectText(s.locator('#lead-card .lead-name'), 'Siti Rahmawati');
  await screenshot(page, 'search-open');
  await page.close();
});

test('edit a lead’s details: stored as entry stores them, the change logged old → new', async () => {
  const page = await open(1366, 768);
  const s = sidebar(page);
  await s.getByRole('tab', { name: 'Cari' }).click();
  await s.getByLabel('Nama, perusahaan, telepon, email atau Lead ID').fill('Hendra');
  await s.getByRole('button', { name: 'Buka Hendra Gunawan' }).click();
  await s.getByText('Ubah data').click();
  const form = s.locator('#edit-form');
  // Prefilled as people write them, not as the cells store them (+62…, 2026-12-20, 12500000).
  expect(await form.getByLabel('Telepon').inputValue()).toBe('0878-5544-3322');
  await form.getByLabel('Telepon').fill('0878 5544 3300');
  await form.getByLabel('Perkiraan closing').fill('31/02/2027');
  await form.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expectText(form.locator('#edit-expectedClose-error'), 'Perkiraan closing: tanggal itu tidak ada.');
  await form.getByLabel('Perkiraan closing').fill('28/02/2027');
  await form.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expectText(s.locator('#edit-form .status'), 'Tersimpan: 2 perubahan dicatat.');
  expect(await s.locator('#edit-form').getByLabel('Perkiraan closing').inputValue()).toBe('28/02/2027');
  expect(await s.locator('#edit-form').getByLabel('Nilai deal').inputValue()).toMatch(/^(Rp \d{1,3}(\.\d{3})*)?$/);
  await expectText(
    s.locator('.recent li').first(),
    'Telepon (Phone): 0878-5544-3322 → 0878-5544-3300; Perkiraan closing (Expected Close): (kosong) → 28 Feb 2027',
  );
  await screenshot(page, 'lead-edited');
  await page.close();
});

test('a WhatsApp message sent from Today is logged in one more tap, and the list is drawn again', async () => {
  const page = await open(1366, 768);
  const s = sidebar(page);
  const item = s
    .locator('li.item')
    .filter({ has: s.locator('a.wa') })
    .first();
  await item.waitFor();
  const name = (await item.locator('button.link').first().textContent())!;
  const opened = page.context().waitForEvent('page');
  await item.getByRole('link', { name: `WhatsApp ${name}` }).click();
  await (await opened).close();
  await item.getByRole('button', { name: `Catat pesan WhatsApp ini ${name}` }).click();
  // Logged with the message as its summary; the list comes back from the server (the offer is gone).
  await s.getByRole('button', { name: `Catat pesan WhatsApp ini ${name}` }).waitFor({ state: 'detached' });
  const acts = await env.pg.workspace.run((e) =>
    e.spreadsheet.getSheetByName('Activities')!.getDataRange().getValues(),
  );
  const last = acts[acts.length - 1];
  expect(last[acts[0].indexOf('Type')]).toBe('WhatsApp');
  expect(String(last[acts[0].indexOf('Summary')])).not.toBe('');
  await page.close();
});
