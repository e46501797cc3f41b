// The import dialog, opened from the add-on menu and driven by roles and labels:
// paste a team's sheet, check, answer the values it does not know, import, undo.
import type { Page } from 'playwright-core';
import { expectText, screenshot, sharedPlayground } from './browser';

const env = sharedPlayground();
let page: Page;

const SHEET = [
  'Nama Klien\tNo HP\tSumber\tStatus\tNilai\tTgl Masuk',
  'Rudi Hartono\t0812 5555 1111 / 0813 5555 2222\tWA\tDeal\tRp 25.000.000\t28/11/2026',
  'Lina\t6.28123E+12\tRadio\tPenawaran\t78.000.000\t31/02/2026',
  'Tono\t0857 5555 3333\tIG\tHot\t12,5 jt\t28 Nopember 2026',
].join('\n');

test.each([
  [1366, 768],
  [390, 844],
])('paste, check, answer, import and undo at %i px', async (width, height) => {
  page = await env.browser.newPage({ viewport: { width, height } });
  await page.goto(env.pg.url);
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
  const before = await page.getByRole('grid', { name: 'Leads' }).getByRole('row').count();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Admin' }).click();
  await page.getByRole('menuitem', { name: 'Impor prospek…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor prospek' });
  await dialog.waitFor();
  const form = page.frameLocator('.modal iframe');
  await form.getByLabel('Tempel CSV atau TSV').fill(SHEET);
  await form.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expectText(form.getByRole('status'), 'Belum ada yang diimpor: 2 nilai perlu dijawab dulu.');
  // The suggested mapping is shown and can be changed; each problem names its row and column.
  expect(await form.getByRole('combobox', { name: 'Masuk ke: No HP' }).inputValue()).toBe('Phone');
  await expectText(form.locator('#import-report'), 'Spreadsheet sudah mengubah nomor telepon ini menjadi angka');
  await expectText(form.locator('#import-report'), 'Tanggal ini tidak ada');
  await screenshot(page, `import-check-${width}`);
  await form.getByRole('combobox', { name: 'Status Hot' }).selectOption('Negotiation');
  await form.getByRole('combobox', { name: 'Source Radio' }).selectOption('(keep)');
  await form.getByRole('button', { name: 'Periksa lagi' }).click();
  await expectText(form.getByRole('status'), '3 baris diperiksa: belum ada yang ditulis.');
  await form.getByRole('button', { name: 'Impor 3 prospek' }).click();
  await expectText(form.getByRole('status'), /3 prospek diimpor sebagai L-\d+ sampai L-\d+ \(impor I-\d+\)\./);
  await screenshot(page, `import-done-${width}`);
  await form.getByRole('button', { name: 'Batalkan impor ini' }).click();
  await expectText(form.getByRole('status'), /Impor I-\d+ dibatalkan: 3 prospek dihapus\./);
  await form.getByRole('button', { name: 'Tutup' }).click();
  await dialog.waitFor({ state: 'detached' });
  if (width < 700) await page.getByRole('button', { name: 'Sheet' }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#grid-table[data-tab="Leads"] tr[role=row]').length === n,
    before,
  );
  await page.close();
});

test('a .csv file is read in the encoding it was saved in: UTF-16 (Excel "Unicode Text") and Windows-1252 with a warning', async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(env.pg.url);
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Admin' }).click();
  await page.getByRole('menuitem', { name: 'Impor prospek…' }).click();
  const form = page.frameLocator('.modal iframe');
  const file = form.getByLabel('Atau unggah file .csv');
  const box = form.getByLabel('Tempel CSV atau TSV');
  const expectValue = async (loc: typeof box, want: string) => {
    const deadline = Date.now() + 20000;
    while ((await loc.inputValue()) !== want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await loc.inputValue()).toBe(want);
  };
  const unicode = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('Nama\tNo HP\r\nRina Müller\t0812 5555 7777\r\n', 'utf16le'),
  ]);
  await file.setInputFiles({ name: 'unicode.txt', mimeType: 'text/plain', buffer: unicode });
  await expectValue(box, 'Nama\tNo HP\nRina Müller\t0812 5555 7777\n');
  await form.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expectText(form.getByRole('status'), '1 baris diperiksa: belum ada yang ditulis.');
  expect(await form.getByRole('combobox', { name: 'Masuk ke: Nama' }).inputValue()).toBe('Name');
  await file.setInputFiles({
    name: 'win.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Nama;Kota\r\nJos\xe9 Caf\xe9;Bogor\r\n', 'latin1'),
  });
  await expectValue(box, 'Nama;Kota\nJosé Café;Bogor\n');
  await expectText(form.getByRole('status'), 'File ini bukan UTF-8, jadi dibaca sebagai Windows-1252');
  await form.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expectText(form.locator('#import-report'), 'File ini bukan UTF-8, jadi dibaca sebagai Windows-1252');
  await page.close();
});
