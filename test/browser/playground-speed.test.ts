// The playground over a 2,000-lead workbook: the first paint, a tab switch and a
// scroll to the last lead, in a real browser. What must hold is structural (only the rows in view
// are drawn); the times are logged against their targets (1.5 s, 300 ms) and fail only at twice
// the target, a regression and not a loaded machine (figures belong to `npm run bench`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, screenshot } from './browser';
import { startPlayground } from '../../src/local/playground';
import { Environment } from '../../src/local/environment';
import { saveAtomically } from '../../src/local/session';
import { populate } from '../../bench/common';
import { DIST, NOW } from '../helpers';

jest.setTimeout(120000);
let browser: Browser;
let pg: Awaited<ReturnType<typeof startPlayground>>;

beforeAll(async () => {
  browser = await launch();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-2k-')), 'crm.xlsx');
  const env = new Environment({ distDir: DIST, now: NOW });
  env.call('setupCrm');
  populate(env.spreadsheet, 2000);
  await saveAtomically(file, env.spreadsheet, env.state);
  pg = await startPlayground({ workbook: file, port: 0, distDir: DIST, log: () => undefined });
});
afterAll(async () => {
  await pg?.close();
  await browser?.close();
});

test('2,000 leads: first paint under 1.5 s, a tab switch under 300 ms, the last lead one scroll away', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const times: Record<string, number> = {};
  let t = Date.now();
  await page.goto(pg.url);
  await page.getByRole('grid', { name: 'Leads' }).getByRole('gridcell', { name: 'L-000001', exact: true }).waitFor();
  times.firstPaint = Date.now() - t;
  // Switching tabs, both ways (the second time from the page's own state).
  for (const tab of ['Activities', 'Leads', 'Activities']) {
    t = Date.now();
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('grid', { name: tab }).getByRole('gridcell').first().waitFor();
    times[`to ${tab}`] = Math.max(times[`to ${tab}`] ?? 0, Date.now() - t);
  }
  await page.getByRole('tab', { name: 'Leads' }).click();
  await page.getByRole('grid', { name: 'Leads' }).getByRole('gridcell').first().waitFor();
  t = Date.now();
  await page.locator('#grid').evaluate((g) => g.scrollTo(0, g.scrollHeight));
  await page.getByRole('grid', { name: 'Leads' }).getByRole('gridcell', { name: 'L-002000', exact: true }).waitFor();
  times.scrollToLast = Date.now() - t;
  // Only the rows in view are in the page.
  const drawn = await page.getByRole('grid', { name: 'Leads' }).getByRole('row').count();
  await screenshot(page, 'playground-2000-leads');
  console.log(`playground over 2,000 leads (ms): ${JSON.stringify(times)}; rows in the page: ${drawn}`);
  expect(times.firstPaint).toBeLessThan(2 * 1500);
  expect(Math.max(times['to Activities'], times['to Leads'])).toBeLessThan(2 * 300);
  expect(drawn).toBeLessThan(120);
  await page.close();
});

test('the pipeline board draws every open deal of 2,000 leads without freezing the page', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pg.url);
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Papan pipeline' }).click();
  const board = page.frameLocator('.modal iframe');
  await board.getByRole('combobox', { name: 'Penanggung jawab' }).waitFor();
  const t = Date.now();
  await board.getByRole('combobox', { name: 'Penanggung jawab' }).selectOption('*');
  await board.locator('li.card').nth(900).waitFor();
  const ms = Date.now() - t;
  const cards = await board.locator('li.card').count();
  // The page still answers at once: a click lands while the board is up.
  const t2 = Date.now();
  await board.getByRole('button', { name: 'Muat ulang' }).click({ trial: true });
  const responsive = Date.now() - t2;
  await screenshot(page, 'board-2000-leads');
  console.log(`board of 2,000 leads: ${cards} cards drawn in ${ms} ms; a click answered in ${responsive} ms`);
  expect(cards).toBeGreaterThan(900);
  expect(ms).toBeLessThan(5000);
  await page.close();
});
