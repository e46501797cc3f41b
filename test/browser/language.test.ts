// One language per screen, walked in the built pages (issue 29): the sidebar's Today, a lead's
// card, its client card and the board, in Indonesian, read as a person reads them, hold no
// English data name and no ISO date (the rule of test/language.ts); where Today advises Lost
// the card offers it, at the status form.
import type { FrameLocator, Page } from 'playwright-core';
import { expectText, screenshot, sidebar, sharedPlayground } from './browser';
import { LEAD_COLUMNS } from '../../src/core/schema';
import { offences } from '../language';

const env = sharedPlayground();
let page: Page;

beforeAll(async () => {
  // One demo lead has had its three follow-ups without progress: Today advises Lost for it.
  await env.pg.workspace.run((e) => {
    const leads = e.spreadsheet.getSheetByName('Leads')!;
    leads.getRange(3, LEAD_COLUMNS.findIndex((c) => c.header === 'Follow-ups') + 1).setValue(3);
  });
});
afterEach(async () => {
  await page?.close();
});

/** What a person reads in a frame, once it has drawn: its visible text. */
async function readable(frame: FrameLocator, selector = 'body'): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads (hidden parts are not).
  return frame.locator(selector).first().innerText();
}

test('Today, a lead card and its client card speak Indonesian throughout; Today’s Lost advice opens the card at Lost', async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(env.pg.url);
  const s = sidebar(page);
  await expectText(s.getByRole('tabpanel'), /Hari ini · (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w{3}/);
  await s.locator('li.item').first().waitFor();
  expect(offences(await readable(s, '#app'))).toEqual([]);
  const advice = s.getByRole('region', { name: 'Sudah maksimal tindak lanjut' });
  await expectText(advice, 'tandai Kalah');
  const name = (await advice.locator('li.item button.link').first().textContent())!;
  await advice.getByRole('button', { name: `Tandai Kalah… ${name}` }).click();
  // The lead's card, its status form already at Lost, asking for the reason.
  await expectText(s.locator('#lead-card .lead-name'), name);
  await expect(s.locator('#status-form select[name="status"]').inputValue()).resolves.toBe('Lost');
  await s.locator('#status-form [data-field="lostReason"]').waitFor();
  await expectText(s.locator('#lead-card .advice'), '3 kali tindak lanjut tanpa kemajuan');
  await s.locator('#lead-card .recent li').first().waitFor();
  const card = await readable(s, '#lead-card');
  expect(card).toMatch(/ · 08\d{2}-\d{4}-\d{3,4}\n/);
  expect(offences(card)).toEqual([]);
  await screenshot(page, 'language-card');
  if (await s.locator('#open-client').count()) {
    await s.locator('#open-client').click();
    await s.locator('#client-card').waitFor();
    expect(offences(await readable(s, '#client-card'))).toEqual([]);
  }
});

test('the phone page gives the same advice: Today marks Lost, and the card opens at Lost with the reason asked', async () => {
  page = await env.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${env.pg.url}/exec`);
  const advice = page.getByRole('region', { name: 'Sudah maksimal tindak lanjut' });
  const name = (await advice.locator('li.item button.link').first().textContent())!;
  await advice.getByRole('button', { name: `Tandai Kalah… ${name}` }).click();
  await page.getByRole('heading', { name }).waitFor();
  await expect(page.locator('select[name="status"]').inputValue()).resolves.toBe('Lost');
  await page.locator('[data-field="lostReason"]').waitFor();
  await expectText(page.locator('.phone-card .advice'), '3 kali tindak lanjut tanpa kemajuan');
});

test('search results and the new-lead form speak Indonesian throughout (sources by label)', async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(env.pg.url);
  const s = sidebar(page);
  await s.getByRole('tab', { name: 'Cari' }).click();
  await s.getByLabel('Nama, perusahaan, telepon, email atau Lead ID').fill('a');
  await s.locator('#search-results li').first().waitFor();
  const found = await readable(s, '#search-results');
  expect(found).toMatch(/Rina Wulandari/); // the owner by Team name, not the address
  expect(offences(found)).toEqual([]);
  await s.getByRole('tab', { name: 'Baru' }).click();
  await expect(s.locator('#lead-source option').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['Datang langsung', 'Media sosial', 'Lainnya']),
  );
  expect(offences(await readable(s, '#app'))).toEqual([]);
});

test('the board speaks Indonesian throughout', async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(env.pg.url);
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Papan pipeline' }).click();
  await page.getByRole('dialog', { name: 'Papan pipeline' }).waitFor();
  const board = page.frameLocator('.modal iframe');
  await expectText(board.locator('.columns'), 'Prospek');
  await board.locator('.columns li').first().waitFor();
  expect(offences(await readable(board))).toEqual([]);
});
