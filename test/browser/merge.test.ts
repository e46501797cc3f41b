// The merge dialog in the playground, as a manager clicks it: the Duplicates tab's ticked groups
// previewed row by row (what each becomes, the fields the primary gets, the values kept), the
// confirmation, and Undo at once in the same dialog. Laptop and phone.
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

/** (A clock on a whole second: the workbook keeps times to the second, and a row that reads back
 * otherwise would count as changed since the audit.) The demo workbook with one person entered twice (the first time with an email, the second with the company), audited and ticked. */
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-merge-'));
  const workbook = path.join(dir, 'crm.xlsx');
  await withWorkbook(
    workbook,
    { distDir: DIST, clock: new Clock(Math.floor(Date.now() / 1000) * 1000), create: true },
    (env) => {
      seedDemo(env);
      env.call('submitLead', {
        name: 'Yudi Hartono',
        phone: '0812 9090 1234',
        email: 'yudi@hartono.id',
        source: 'WhatsApp',
        needs: 'CCTV',
      });
      env.call('submitLead', {
        name: 'Yudi Hartono',
        phone: '0812 9090 1234',
        company: 'Hartono Teknik',
        source: 'WhatsApp',
        needs: 'CCTV',
        allowDuplicate: true,
      });
      env.call('runDuplicateAuditNow');
      const sheet = env.spreadsheet.getSheetByName('Duplicates')!;
      const values = sheet.getDataRange().getValues();
      const c = values[0].indexOf('Merge') + 1;
      values.forEach((r, i) => {
        if (
          /^G\d+$/.test(String(r[0])) &&
          r[c - 1] === false &&
          values.some((x) => x[0] === r[0] && x[3] === 'Yudi Hartono')
        )
          sheet.getRange(i + 1, c).setValue(true);
      });
    },
  );
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
  await page.getByRole('menuitem', { name: 'Duplikat', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Gabungkan duplikat yang dicentang' }).click();
  await page.getByRole('dialog', { name: 'Gabungkan duplikat' }).waitFor();
  return page.frameLocator('.modal iframe');
}

test('preview what each row becomes, merge, and undo at once in the dialog', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const dialog = await openDialog(page);
  const group = dialog.getByRole('region', { name: /^Grup G\d+: gabung ke L-\d{6}$/ });
  await group.waitFor();
  // The primary stays and says what it gets and from which row; the other goes to the Archive.
  await expectText(group, /tetap: prospek hasil gabungan/);
  await expectText(group, /pindah ke tab Archive; aktivitasnya pindah ke L-\d{6}/);
  await expectText(group, /Perusahaan: Hartono Teknik \(dari L-\d{6}\)/);
  expect(await group.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  await screenshot(page, 'merge-preview-1366');

  await dialog.getByRole('button', { name: 'Jalankan 1 grup' }).click();
  await expectText(dialog.getByRole('status'), '1 grup digabung (1 prospek diarsipkan).');
  const results = dialog.getByRole('region', { name: 'Selesai' });
  await expectText(results, /digabung ke L-\d{6} \(M-\d{6}\)/);
  await screenshot(page, 'merge-done-1366');

  // Undo is right there: the merged row comes back.
  await results.getByRole('button', { name: /^Batalkan M-\d{6}$/ }).click();
  await expectText(dialog.getByRole('status'), /Penggabungan M-\d{6} dibatalkan: 1 prospek dikembalikan/);
  expect(await results.getByRole('button', { name: /^Batalkan/ }).count()).toBe(0);
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('dialog', { name: 'Gabungkan duplikat' }).waitFor({ state: 'detached' });
  await page.close();
});

test('on a phone, nothing ticked: the dialog says how to tick a group, and fits the screen', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const dialog = await openDialog(page);
  await expectText(dialog.locator('#app'), 'Tidak ada grup yang dicentang di tab Duplicates.');
  const width = await dialog.locator('body').evaluate((b) => b.scrollWidth - b.clientWidth);
  expect(width).toBeLessThanOrEqual(0);
  await screenshot(page, 'merge-none-390');
  await page.close();
});
