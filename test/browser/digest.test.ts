// A follow-up digest as its reader sees it, rendered in Chromium; values from the sheet stay text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launch, RESULTS } from './browser';
import { env } from '../helpers';

test('the owner digest renders, and a hostile lead name creates no element', async () => {
  const e = env({ now: '2026-11-24T09:00:00+07:00' });
  e.call('setupCrm');
  e.clock.advance(-3 * 86400000);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  for (const [name, phone] of [
    [hostile, '0812-1111-0001'],
    ['Budi Santoso', '0812-1111-0002'],
    ['Siti Rahma', '0812-1111-0003'],
  ]) {
    e.call('submitLead', {
      name,
      company: 'PT <b>Maju</b>',
      phone,
      source: 'Website',
      needs: 'CCTV',
      owner: 'rina@firma.id',
    });
  }
  e.clock.advance(3 * 86400000);
  e.call('runFollowUpReminders');
  const mail = e.mail.sent.find((m) => m.to === 'rina@firma.id')!;
  expect(mail).toBeDefined();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 760, height: 700 } });
    await page.setContent(mail.htmlBody!);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('li').first().textContent()).resolves.toContain(hostile);
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, 'digest.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
