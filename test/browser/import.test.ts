// The import dialog, opened from the add-on menu and driven by roles and labels:
// paste a team's sheet, check, answer the values it does not know, import, undo.
import type { Page } from 'playwright-core';
import { expectText, screenshot, sharedPlayground } from './browser';

const env = sharedPlayground();
let page: Page;

// A running number, a blank line (the file's row 3), a repeated row (row 6 = row 2), a guess per value.
const SHEET = [
  'No\tNama Klien\tNo HP/WA\tSumber\tStatus\tNilai\tTgl Masuk',
  '1\tRudi Hartono\t0812 5555 1111 / 0813 5555 2222\tWA\tDeal\tRp 25.000.000\t28/11/2026',
  '',
  '2\tLina\t6.28123E+12\tRadio\tPenawaran\t78.000.000\t31/02/2026',
  '3\tTono\t0857 5555 3333\tIG\tHot\t12,5 jt\t28 Nopember 2026',
  '4\tRudi Hartono\t0812 5555 1111 / 0813 5555 2222\tWA\tDeal\tRp 25.000.000\t28/11/2026',
].join('\n');

test.each([
  [1366, 768],
  [390, 844],
])('paste, check, see and change every guess, answer, import and undo at %i px', async (width, height) => {
  page = await env.browser.newPage({ viewport: { width, height } });
  await page.goto(env.pg.url);
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
  const before = await page.getByRole('grid', { name: 'Leads' }).getByRole('row').count();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Admin' }).click();
  await page.getByRole('menuitem', { name: 'Admin', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Impor prospek…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor prospek' });
  await dialog.waitFor();
  const form = page.frameLocator('.modal iframe');
  await form.getByLabel('Tempel CSV atau TSV').fill(SHEET);
  await form.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expectText(form.locator('#import-status'), 'Belum ada yang diimpor: 2 nilai perlu dijawab dulu.');
  // Every guess is shown and can be changed: the columns (by their label, the data name beside)
  // and each value (Deal → Won, WA → WhatsApp); a combined header is understood.
  expect(await form.getByRole('combobox', { name: 'Masuk ke: No HP/WA' }).inputValue()).toBe('Phone');
  await expectText(form.getByRole('combobox', { name: 'Masuk ke: No HP/WA' }), 'Telepon (Phone)');
  expect(await form.getByRole('combobox', { name: 'Status Deal' }).inputValue()).toBe('Won');
  expect(await form.getByRole('combobox', { name: 'Source WA' }).inputValue()).toBe('WhatsApp');
  // Problems at the file's own rows (the blank line counted), with their column.
  const report = form.locator('#import-report');
  await expectText(report, 'Spreadsheet sudah mengubah nomor telepon ini menjadi angka');
  const problemRows = await form
    .getByRole('region', { name: /Perlu diperhatikan/ })
    .getByRole('row')
    .allInnerTexts();
  expect(problemRows.slice(1).map((r) => r.split('\t')[0])).toEqual(['4', '4']);
  // The repeated row: both sides, skipped by default.
  expect(await form.getByRole('combobox', { name: 'Tindakan untuk baris 6' }).inputValue()).toBe('skip');
  await expectText(report, 'Baris 6 mengulang baris 2 di file (Rudi Hartono).');
  // The running number is left out.
  await form.getByRole('combobox', { name: 'Masuk ke: No', exact: true }).selectOption('(skip)');
  await screenshot(page, `import-check-${width}`);
  // Answered here, Import is offered at once: no second check needed.
  const go = form.getByRole('button', { name: 'Impor 3 prospek' });
  expect(await go.isDisabled()).toBe(true);
  await form.getByRole('combobox', { name: 'Status Hot' }).selectOption('Negotiation');
  expect(await go.isDisabled()).toBe(true);
  await form.getByRole('combobox', { name: 'Source Radio' }).selectOption('(keep)');
  expect(await go.isDisabled()).toBe(false);
  // A check again keeps every answer, and shows the first rows as they will be written.
  await form.getByRole('button', { name: 'Periksa lagi' }).click();
  await expectText(form.locator('#import-status'), 'Diperiksa: 3 prospek baru, 1 baris dilewati');
  expect(await form.getByRole('combobox', { name: 'Status Hot' }).inputValue()).toBe('Negotiation');
  expect(await form.getByRole('combobox', { name: 'Masuk ke: No', exact: true }).inputValue()).toBe('(skip)');
  const preview = form.getByRole('region', { name: 'Baris pertama seperti yang akan ditulis' });
  await expectText(preview, '0812-5555-1111');
  await expectText(preview, '28 Nov 2026');
  await form.getByRole('region', { name: /Kemungkinan duplikat/ }).scrollIntoViewIfNeeded();
  await screenshot(page, `import-preview-${width}`);
  await form.getByRole('button', { name: 'Impor 3 prospek' }).click();
  await expectText(form.locator('#import-status'), /3 prospek diimpor sebagai L-\d+ sampai L-\d+ \(impor I-\d+\)\./);
  await screenshot(page, `import-done-${width}`);
  // Undo asks once more before it removes the leads; "keep them" leaves everything.
  await form.getByRole('button', { name: 'Batalkan impor ini' }).click();
  await form.getByRole('button', { name: 'Jangan, simpan' }).click();
  await form.getByRole('button', { name: 'Batalkan impor ini' }).click();
  await screenshot(page, `import-undo-confirm-${width}`);
  await form.getByRole('button', { name: /^Ya, hapus 3 prospek dari I-\d{6}$/ }).click();
  await expectText(form.locator('#import-status'), /Impor I-\d+ dibatalkan: 3 prospek dihapus\./);
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
  await page.getByRole('menuitem', { name: 'Admin', exact: true }).click();
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
  await expectText(form.locator('#import-status'), 'Diperiksa: 1 prospek baru');
  expect(await form.getByRole('combobox', { name: 'Masuk ke: Nama' }).inputValue()).toBe('Name');
  await file.setInputFiles({
    name: 'win.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Nama;Kota\r\nJos\xe9 Caf\xe9;Bogor\r\n', 'latin1'),
  });
  await expectValue(box, 'Nama;Kota\nJosé Café;Bogor\n');
  await expectText(form.locator('#import-status'), 'File ini bukan UTF-8, jadi dibaca sebagai Windows-1252');
  await form.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expectText(form.locator('#import-report'), 'File ini bukan UTF-8, jadi dibaca sebagai Windows-1252');
  await page.close();
});

test('owners written as names are asked once per name: a new Team member with an email, or no owner', async () => {
  page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(env.pg.url);
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Admin', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Impor prospek…' }).click();
  const form = page.frameLocator('.modal iframe');
  const sheet = [
    'Nama,HP,Sales',
    'Yosef Kristanto,0812 7777 0001,Joko Susilo',
    'Maria Ulfa,0812 7777 0002,joko susilo',
    'Fajar Nugroho,0812 7777 0003,Bu Tini',
  ].join('\n');
  await form.getByLabel('Tempel CSV atau TSV').fill(sheet);
  await form.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expectText(form.locator('#import-status'), 'Belum ada yang diimpor: 2 nilai perlu dijawab dulu.');
  // One line per written name (Joko Susilo's two spellings are one), never one per row.
  await expectText(form.locator('#import-report'), 'Penanggung jawab (Owner) "Joko Susilo" (2 baris)');
  const go = form.getByRole('button', { name: 'Impor 3 prospek' });
  expect(await go.isDisabled()).toBe(true);
  await form.getByRole('combobox', { name: 'Owner Joko Susilo' }).selectOption('new');
  await form.getByLabel('Email anggota Team baru: Joko Susilo').fill('joko@contoh.co.id');
  expect(await go.isDisabled()).toBe(true);
  await form.getByRole('combobox', { name: 'Owner Bu Tini' }).selectOption('(none)');
  expect(await go.isDisabled()).toBe(false);
  await screenshot(page, 'import-owners-390');
  await go.click();
  await expectText(form.locator('#import-status'), /3 prospek diimpor sebagai L-\d+ sampai L-\d+ \(impor I-\d+\)\./);
  // Closed, then found wrong later: the dialog opened again offers the import's undo.
  await form.getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Admin', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Impor prospek…' }).click();
  const earlier = page.frameLocator('.modal iframe').getByRole('region', { name: 'Impor sebelumnya' });
  await expectText(earlier, /I-\d{6} · CSV · \d+ \w+ 2026 \d{2}\.\d{2} · 3 prospek/);
  await screenshot(page, 'import-earlier-390');
  await earlier.getByRole('button', { name: 'Batalkan impor ini' }).first().click();
  await earlier.getByRole('button', { name: /^Ya, hapus prospek dari I-\d{6} yang masih ada$/ }).click();
  await expectText(page.frameLocator('.modal iframe').locator('#import-status'), /dibatalkan: 3 prospek dihapus\./);
  await page.close();
});
