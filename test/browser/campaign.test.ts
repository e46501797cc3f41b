// The campaign dialog in the playground, as a manager clicks it: a template, a segment ticked
// from lists with the count following each tick, the reasons per skipped client, a test to
// oneself, Start that says what happens when, and the campaign's progress. Laptop and phone.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { expectText, launch, screenshot } from './browser';
import { startPlayground } from '../../src/local/playground';
import { withWorkbook } from '../../src/local/session';
import { seedDemo } from '../../src/local/demo';
import { Clock } from '../../src/local/services';
import { DIST } from '../helpers';

let browser: Browser;
let pg: Awaited<ReturnType<typeof startPlayground>>;

/** The demo workbook, its clients asked for consent: all subscribed but one who opted out. */
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-campaign-'));
  const workbook = path.join(dir, 'crm.xlsx');
  await withWorkbook(workbook, { distDir: DIST, clock: new Clock(Date.now()), create: true }, (env) => {
    seedDemo(env);
    const leads = env.spreadsheet.getSheetByName('Leads')!;
    const headers = leads.getRange(1, 1, 1, leads.getLastColumn()).getValues()[0];
    const consent = headers.indexOf('Consent') + 1;
    const names = leads.getRange(2, headers.indexOf('Name') + 1, leads.getLastRow() - 1, 1).getValues();
    leads
      .getRange(2, consent, names.length, 1)
      .setValues(names.map(([n]) => [n === 'Dewi Lestari' ? 'Opted out' : 'Subscribed']));
    env.call('installTriggers');
  });
  browser = await launch();
  pg = await startPlayground({ workbook, port: 0, distDir: DIST, log: () => undefined });
});
afterAll(async () => {
  await pg?.close();
  await browser?.close();
});

async function openDialog(page: Page): Promise<FrameLocator> {
  await page.goto(pg.url);
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Kampanye', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Buat atau pantau kampanye…' }).click();
  await page.getByRole('dialog', { name: 'Kampanye' }).waitFor();
  return page.frameLocator('.modal iframe');
}

test('choose, preview with reasons, test, start, and see the progress', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const dialog = await openDialog(page);
  await dialog.getByLabel('Nama kampanye').fill('Salam akhir tahun');
  await dialog.getByLabel('Template').selectOption({ label: 'Salam hari raya (email) (Email)' });
  const count = dialog.locator('#campaign-count');
  await expectText(count, /^\d+ dalam segmen: \d+ akan menerima, \d+ dilewati\.$/);
  const everyone = Number(/^(\d+)/.exec((await count.textContent()) ?? '')![1]);
  // Ticking a status narrows the count at once.
  await dialog.getByRole('group', { name: 'Status' }).getByLabel('Prospek').check();
  await expectText(count, new RegExp(`^(?!${everyone} )\\d+ dalam segmen`));
  await dialog.getByRole('group', { name: 'Status' }).getByLabel('Prospek').uncheck();
  await expectText(count, new RegExp(`^${everyone} dalam segmen`));
  // Every skipped client is listed with the reason: no email, opted out.
  const skipped = dialog.getByRole('table', { name: /^Dilewati, dan alasannya/ });
  await expectText(skipped, /Hendra Gunawan\s*tidak punya alamat email/);
  await expectText(skipped, /Dewi Lestari\s*menolak menerima \(Opted out\)/);
  await expectText(dialog.getByRole('region', { name: /^Pesannya/ }), /Subjek: Selamat hari raya, /);
  await screenshot(page, 'campaign-preview-1366');

  await dialog.getByRole('button', { name: 'Kirim uji ke saya' }).click();
  await expectText(dialog.locator('#campaign-status'), /Email uji kampanye "Salam akhir tahun" terkirim ke /);

  await dialog.getByRole('button', { name: 'Mulai…' }).click();
  const confirm = dialog.getByRole('group', { name: /email, dikirim oleh proses harian pukul \d\d\.00/ });
  await expectText(confirm, /\(\d+ per hari\): \d+ pada (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d+ \w+\./);
  await screenshot(page, 'campaign-start-1366');
  await confirm.getByRole('button', { name: 'Mulai kampanye' }).click();
  await expectText(dialog.locator('#campaign-status'), /^Kampanye "Salam akhir tahun" dimulai: \d+ penerima\./);
  const list = dialog.getByRole('region', { name: 'Kampanye dan kemajuannya' });
  await expectText(list, /Salam akhir tahun · Salam hari raya \(email\) · berjalan/);
  await expectText(list, /0 dari \d+ terkirim · \d+ menunggu · \d+ dilewati/);
  await screenshot(page, 'campaign-progress-1366');
  // The Campaigns tab has the row the dialog wrote.
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('tab', { name: 'Campaigns' }).click();
  await expectText(page.getByRole('grid', { name: 'Campaigns' }), 'Salam akhir tahun');
  await page.close();
});

test('on a phone the dialog fits the screen and stops a running campaign', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const dialog = await openDialog(page);
  const list = dialog.getByRole('region', { name: 'Kampanye dan kemajuannya' });
  await list.getByRole('button', { name: 'Hentikan Salam akhir tahun' }).click();
  await expectText(list, /Salam akhir tahun · Salam hari raya \(email\) · dihentikan/);
  const overflow = await dialog.locator('body').evaluate((b) => b.scrollWidth - b.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'campaign-390');
  await page.close();
});

test('the grid has the empty row Sheets shows under the data: typing there adds a row', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pg.url);
  await page.getByRole('tab', { name: 'Campaigns' }).click();
  const grid = page.getByRole('grid', { name: 'Campaigns' });
  await grid.locator('tr.empty').waitFor();
  const rows = Number(await grid.getAttribute('aria-rowcount'));
  // The last row of the grid is the empty one, under the data.
  const empty = grid.locator(`td[role=gridcell][data-row="${rows}"][data-col="1"]`);
  await empty.dblclick();
  await page.getByRole('textbox', { name: `Campaign ${rows}` }).fill('Promo Januari');
  await page.getByRole('textbox', { name: `Campaign ${rows}` }).press('Enter');
  await expectText(grid.locator(`td[role=gridcell][data-row="${rows}"][data-col="1"]`), 'Promo Januari');
  expect(Number(await grid.getAttribute('aria-rowcount'))).toBe(rows + 1);
  await page.close();
});
