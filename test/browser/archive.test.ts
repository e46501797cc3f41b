// "Archive old activities…" in the playground, as a manager clicks it: choose the year,
// archive, open the archive (a separate file, shown as a page), put it back. Laptop and phone.
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
let dir: string;

/** The demo workbook plus two old years of a team's call log (as an import would bring them). */
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-archive-'));
  const workbook = path.join(dir, 'crm.xlsx');
  await withWorkbook(workbook, { distDir: DIST, clock: new Clock(Date.now() - 21 * 86400000), create: true }, (env) => {
    seedDemo(env);
    const sheet = env.spreadsheet.getSheetByName('Activities')!;
    const old = Array.from({ length: 30 }, (_, i) => [
      new Date(Date.UTC(2023 + (i % 2), i % 12, 1 + i, 2, 0, 0)),
      'L-000001',
      'Follow-up Call',
      `Old call ${i + 1}`,
      'sales@example.com',
      '',
    ]);
    const start = sheet.getLastRow() + 1;
    sheet.insertRowsAfter(sheet.getMaxRows(), old.length);
    sheet.getRange(start, 1, old.length, 6).setValues(old);
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
  await page.getByRole('menuitem', { name: 'Admin' }).click();
  await page.getByRole('menuitem', { name: 'Arsipkan aktivitas lama…' }).click();
  await page.getByRole('dialog', { name: 'Arsipkan aktivitas lama' }).waitFor();
  return page.frameLocator('.modal iframe');
}

/** How many rows the Activities tab has, as the grid announces it. */
async function activityRows(page: Page): Promise<number> {
  await page.getByRole('tab', { name: 'Activities' }).click();
  const grid = page.getByRole('grid', { name: 'Activities' });
  await grid.waitFor();
  return Number(await grid.getAttribute('aria-rowcount'));
}

test('archive before 2025, open the archive, put it back', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pg.url);
  const rowsBefore = await activityRows(page);
  const dialog = await openDialog(page);
  const year = dialog.getByLabel('Pindahkan aktivitas sebelum 1 Januari');
  await year.waitFor();
  // The choices say what each year moves; the newest comes first.
  await expectText(year, /2025 \(30 aktivitas, [\d.]+ sel\)/);
  await year.selectOption('2025');
  await screenshot(page, 'archive-1366');
  await dialog.getByRole('button', { name: 'Arsipkan', exact: true }).click();
  await expectText(dialog.getByRole('status'), '30 aktivitas sebelum 2025 dipindahkan ke spreadsheet baru.');
  await expectText(
    dialog.getByRole('region', { name: 'Arsip yang sudah dibuat' }),
    /AR-0001: 30 aktivitas sebelum 2025.*diarsipkan/,
  );
  await screenshot(page, 'archive-done-1366');

  // The archive opens as its own spreadsheet, readable.
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    dialog.getByRole('link', { name: 'Buka arsip AR-0001' }).click(),
  ]);
  await tab.waitForLoadState();
  await expectText(tab.getByRole('heading', { level: 1 }), 'aktivitas sebelum 2025');
  await expectText(tab.getByRole('table'), 'Old call 30');
  await screenshot(tab, 'archive-file');
  await tab.close();

  // Activities holds 30 rows fewer.
  await page.goto(pg.url);
  expect(await activityRows(page)).toBe(rowsBefore - 30);

  // Put back: the old calls return at the top of Activities.
  const again = await openDialog(page);
  await again.getByRole('button', { name: 'Kembalikan AR-0001' }).click();
  await expectText(again.getByRole('status'), '30 aktivitas sudah kembali di Activities.');
  await expectText(again.getByRole('region', { name: 'Arsip yang sudah dibuat' }), /sudah dikembalikan/);
  await page.goto(pg.url);
  expect(await activityRows(page)).toBe(rowsBefore);
  await expectText(page.getByRole('grid', { name: 'Activities' }), 'Old call 1');
  await page.close();
});

test('the dialog fits a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const dialog = await openDialog(page);
  await dialog.getByLabel('Pindahkan aktivitas sebelum 1 Januari').waitFor();
  await screenshot(page, 'archive-390');
  const box = await page.getByRole('dialog', { name: 'Arsipkan aktivitas lama' }).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await page.close();
});

test('a teammate sees whose archive it is and who can put it back, with no Put back button', async () => {
  // Another workbook: the default user archives, then a teammate opens the dialog.
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-archive-team-'));
  const workbook = path.join(own, 'crm.xlsx');
  const clock = new Clock(Date.now() - 21 * 86400000);
  await withWorkbook(workbook, { distDir: DIST, clock, create: true }, (env) => {
    seedDemo(env);
    const sheet = env.spreadsheet.getSheetByName('Activities')!;
    const start = sheet.getLastRow() + 1;
    sheet.insertRowsAfter(sheet.getMaxRows(), 3);
    sheet
      .getRange(start, 1, 3, 4)
      .setValues([1, 2, 3].map((i) => [new Date(Date.UTC(2023, i, 1, 2)), 'L-000001', 'Note', `Old note ${i}`]));
    env.call('archiveActivities', { beforeYear: 2024 });
  });
  const team = await startPlayground({ workbook, port: 0, distDir: DIST, user: 'andi@firma.id', log: () => undefined });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(team.url);
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Admin' }).click();
    await page.getByRole('menuitem', { name: 'Arsipkan aktivitas lama…' }).click();
    const dialog = page.frameLocator('.modal iframe');
    const history = dialog.getByRole('region', { name: 'Arsip yang sudah dibuat' });
    await expectText(history, /AR-0001: 3 aktivitas sebelum 2024.*sales@example\.com/);
    await expectText(history, 'hanya sales@example.com yang bisa membuka atau mengembalikannya');
    expect(await dialog.getByRole('button', { name: 'Kembalikan AR-0001' }).count()).toBe(0);
    expect(await dialog.getByRole('link', { name: 'Buka arsip AR-0001' }).count()).toBe(0);
    await screenshot(page, 'archive-teammate-1366');
    await page.close();
  } finally {
    await team.close();
  }
});
