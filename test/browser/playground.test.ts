// Issue 13: the playground as a stand-in for Google Sheets, driven only by roles and visible
// labels, the way a person and a screen reader find things.
import type { Browser, Page } from 'playwright-core';
import { expectText, launch, playground, screenshot } from './browser';

let browser: Browser;
let pg: Awaited<ReturnType<typeof playground>>;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  pg = await playground();
});
afterAll(async () => {
  await pg?.close();
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pg.url);
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
  await page.frameLocator('#sidebar').locator('#lead-form').waitFor();
});
afterEach(async () => {
  await page.close();
});

const grid = (p: Page) => p.getByRole('grid', { name: 'Leads' });
const statusCell = async (p: Page, row: number) => {
  // The first header is the row-number column, so a header's index is its column number.
  const col = (await grid(p).getByRole('columnheader').allTextContents()).indexOf('Status');
  return p.locator(`td[role=gridcell][data-row="${row}"][data-col="${col}"]`);
};

test('the first visit says what this is; the menu is the one onOpen adds', async () => {
  await page.getByRole('note').waitFor({ state: 'visible' });
  await screenshot(page, 'playground-1366');
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByRole('button', { name: 'Extensions' }).click();
  const items = await page.getByRole('menuitem').allTextContents();
  expect(items).toEqual(expect.arrayContaining(['Jalankan audit duplikat sekarang', 'Gabungkan duplikat yang dicentang']));
  await page.reload();
  await grid(page).waitFor();
  expect(await page.getByRole('note').isVisible()).toBe(false);
});

test('a forbidden status typed into a Status cell is put back, with the reason in a toast', async () => {
  const target = await statusCell(page, 2);
  const before = await target.textContent();
  // As the banner says: double-click a cell to edit it.
  await target.dblclick();
  const select = page.getByRole('combobox', { name: 'Status 2' });
  const forbidden = before === 'Lead' ? 'Won' : 'Lead';
  await select.selectOption(forbidden);
  await expectText(page.getByRole('status'), 'dibatalkan');
  await expectText(await statusCell(page, 2), before ?? '');
  await screenshot(page, 'playground-status-refused');
});

test('Enter on a selected cell edits it too; Escape leaves it as it was', async () => {
  const target = await statusCell(page, 3);
  const before = await target.textContent();
  await target.click();
  await page.locator('td[aria-selected=true]').waitFor();
  await page.locator('#grid').press('Enter');
  await page.getByRole('combobox', { name: 'Status 3' }).press('Escape');
  await expectText(await statusCell(page, 3), before ?? '');
});

test('pasting a three-row block into Status judges each cell', async () => {
  await (await statusCell(page, 2)).click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Won\nWon\nWon\n');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expectText(page.getByRole('status'), /perubahan status dibatalkan/);
});

test('the duplicate audit runs from the menu; its Merge boxes can be ticked in the grid', async () => {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Jalankan audit duplikat sekarang' }).click();
  await expectText(page.getByRole('status'), /Audit/i);
  await page.getByRole('tab', { name: 'Duplicates' }).click();
  await page.getByRole('grid', { name: 'Duplicates' }).waitFor();
  await screenshot(page, 'playground-duplicates');
});

test('at 390 px the sheet and the sidebar are two views one tap apart', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await grid(page).waitFor({ state: 'visible' });
  await screenshot(page, 'playground-390-sheet');
  await page.getByRole('button', { name: 'Sidebar' }).click();
  await page.locator('#sidebar').waitFor({ state: 'visible' });
  expect(await grid(page).isVisible()).toBe(false);
  await screenshot(page, 'playground-390-sidebar');
});
