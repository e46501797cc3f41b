// The WhatsApp queue in the sidebar's Today list, as a salesperson works it: who is next
// (name and number), the prefilled message, "Sent" logs it and moves on, "Skip" passes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectText, launch, screenshot, sidebar } from './browser';
import { startPlayground } from '../../src/local/playground';
import { withWorkbook } from '../../src/local/session';
import { seedDemo, setSetting } from '../../src/local/demo';
import { Clock } from '../../src/local/services';
import { DIST } from '../helpers';

let browser: Browser;
let pg: Awaited<ReturnType<typeof startPlayground>>;
let queued: { leadId: string; leadName: string }[] = [];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-queue-'));
  const workbook = path.join(dir, 'crm.xlsx');
  await withWorkbook(workbook, { distDir: DIST, clock: new Clock(Date.now() - 21 * 86400000), create: true }, (env) =>
    seedDemo(env),
  );
  await withWorkbook(workbook, { distDir: DIST }, (env) => {
    const today = new Date().toISOString().slice(0, 10);
    env.spreadsheet
      .getSheetByName('Campaigns')!
      .getRange(2, 1, 1, 5)
      .setValues([['Promo WA', 'T-003', 'Status=Lead', today, 'Draft']]);
    // The demo's leads were never asked for consent: this team lets campaigns reach them.
    setSetting(env.spreadsheet, 'Campaigns to leads not asked for consent', 'yes');
    env.call('startCampaign', { name: 'Promo WA' });
    const first = env.call('nextCampaignContact', { name: 'Promo WA' });
    queued = [{ leadId: first.leadId, leadName: first.leadName ?? '' }];
  });
  browser = await launch();
  pg = await startPlayground({ workbook, port: 0, distDir: DIST, log: () => undefined });
});
afterAll(async () => {
  await pg?.close();
  await browser?.close();
});

async function queue(page: Page) {
  await page.goto(pg.url);
  // On a phone the sidebar is a view of its own.
  if ((page.viewportSize()?.width ?? 1366) < 700) await page.getByRole('button', { name: 'Sidebar' }).click();
  const panel = sidebar(page).getByRole('region', { name: 'Kampanye WhatsApp' });
  await panel.waitFor();
  return panel;
}

test('the queue names who is next; Sent logs a WhatsApp activity and moves on', async () => {
  expect(queued[0].leadName).not.toBe('');
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const panel = await queue(page);
  await expectText(panel, queued[0].leadName);
  await expectText(panel, /Halo .+, saya/);
  const wa = panel.getByRole('link', { name: `WhatsApp ${queued[0].leadName}` });
  expect(await wa.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/62\d+\?text=Halo/);
  const before = await panel.textContent();
  const left = Number(/(\d+) lagi di antrean/.exec(before ?? '')?.[1]);
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'queue-1366');
  await panel.getByRole('button', { name: 'Terkirim' }).click();
  await expectText(panel, `${left - 1} lagi di antrean`);
  expect(await panel.textContent()).not.toContain(queued[0].leadName);
  // The send is in the activity log.
  const acts = await fetch(`${pg.url}/api/sheet?name=Activities&offset=0&limit=500`).then(
    (r) => r.json() as Promise<{ values: string[][] }>,
  );
  expect(acts.values.some((r) => r.includes(queued[0].leadId) && r.includes('WhatsApp'))).toBe(true);
  await page.close();
});

test('Skip passes to the next person without logging; the panel fits a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const panel = await queue(page);
  const text = (await panel.textContent()) ?? '';
  const left = Number(/(\d+) lagi di antrean/.exec(text)?.[1]);
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'queue-390');
  await panel.getByRole('button', { name: 'Lewati' }).click();
  await expectText(
    panel,
    left > 1 ? `${left - 1} lagi di antrean` : 'Semua orang di kampanye ini sudah dikirimi pesan.',
  );
  await page.close();
});
