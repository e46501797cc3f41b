// The playground page and the sidebar at a laptop's 1366×768 and a phone's 390×844 (issue 29
// item 9): nothing overflows the window (no second scrollbar), the sheet's tab bar and the
// sidebar's tabs are in view, the search filters stay on one line; the keyboard reaches the
// grid and moves in it, and moves in the add-on menu and its submenus.
import type { Page } from 'playwright-core';
import { screenshot, sharedPlayground, sidebar } from './browser';

const env = sharedPlayground();
let page: Page;
afterEach(async () => {
  await page.close();
});

async function open(width: number, height: number): Promise<void> {
  page = await env.browser.newPage({ viewport: { width, height } });
  await page.goto(env.pg.url);
  await page.locator('#grid-table tbody tr[data-row="2"]').waitFor();
  // On a phone the sidebar is one tap away (its view), so it is only there, not shown.
  await sidebar(page).locator('#tab-today').waitFor({ state: 'attached' });
}

/** What overflows: the page and every frame in it, each against its own window. */
async function overflow(p: Page) {
  const out: { frame: string; scrollWidth: number; innerWidth: number; scrollHeight: number; innerHeight: number }[] =
    [];
  for (const f of p.frames()) {
    const m = await f.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
    }));
    if (m.innerWidth > 0) out.push({ frame: f === p.mainFrame() ? 'page' : f.url(), ...m });
  }
  return out;
}

/** On how many lines a text of the sidebar is drawn (its text's boxes, by their tops). */
async function lines(p: Page, text: string): Promise<number> {
  const frame = p.frames().find((f) => f.url().endsWith('/sidebar'))!;
  return frame.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.includes(t)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }
    return 0;
  }, text);
}

/** An element's box in the page's window (null when not shown). */
const box = (selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r && r.width > 0 ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
  }, selector);

test('1366×768: one scrollbar at most, the tab bar whole, the sidebar inside the window', async () => {
  await open(1366, 768);
  for (const m of await overflow(page)) expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  const [pageM] = await overflow(page);
  // The page itself never scrolls: the grid and the sidebar do, each in its own box.
  expect(pageM.scrollHeight).toBeLessThanOrEqual(pageM.innerHeight);
  const tabs = (await box('#tabs'))!;
  expect(tabs.bottom).toBeLessThanOrEqual(768);
  expect(tabs.top).toBeLessThan(768 - 24);
  expect((await box('aside iframe'))!.right).toBeLessThanOrEqual(1366);
  // "Hanya milik saya" beside its box, on one line.
  const s = sidebar(page);
  await s.getByRole('tab', { name: 'Cari' }).click();
  expect(await lines(page, 'Hanya milik saya')).toBe(1);
  await screenshot(page, 'layout-1366x768');
});

test('390×844: the sheet and its tab bar in view; the sidebar view shows its tabs at the top', async () => {
  await open(390, 844);
  // A lead selected in the sheet view, for the Selected tab below.
  await page.locator('#grid-table tbody tr[data-row="2"] td[data-col="4"]').click();
  for (const m of await overflow(page)) expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  const tabs = (await box('#tabs'))!;
  expect(tabs.bottom).toBeLessThanOrEqual(844);
  await screenshot(page, 'layout-390x844-sheet');
  await page.getByRole('button', { name: 'Sidebar' }).click();
  const frame = (await box('aside iframe'))!;
  const tab = (await sidebar(page).getByRole('tab', { name: 'Hari ini' }).boundingBox())!;
  expect(tab.y + tab.height).toBeLessThan(frame.top + 120);
  for (const m of await overflow(page)) expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  await sidebar(page).getByRole('tab', { name: 'Cari' }).click();
  expect(await lines(page, 'Hanya milik saya')).toBe(1);
  await screenshot(page, 'layout-390x844-sidebar');
  // The selected lead with its email (To, From, Subject) fits the phone too.
  await sidebar(page).getByRole('tab', { name: 'Terpilih' }).click();
  await sidebar(page).locator('#lead-card .lead-name').waitFor();
  await sidebar(page).locator('#template-pick').selectOption('T-002');
  await sidebar(page).locator('#email-to').waitFor();
  for (const m of await overflow(page)) expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  await screenshot(page, 'layout-390x844-selected');
});

test('the keyboard: Tab reaches the grid, arrows move in it; arrows move in the menu and into a submenu', async () => {
  await open(1366, 768);
  // Tab from the top of the page until the grid has the focus.
  let presses = 0;
  while (presses < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'grid') {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('grid');
  const selected = () =>
    page.evaluate(() => {
      const td = document.querySelector<HTMLElement>('#grid-table td[aria-selected=true]');
      return td ? [Number(td.dataset.row), Number(td.dataset.col)] : null;
    });
  await page.waitForFunction(() => !!document.querySelector('#grid-table td[aria-selected=true]'));
  expect(await selected()).toEqual([2, 1]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  expect(await selected()).toEqual([4, 2]);
  await page.keyboard.press('ArrowUp');
  expect(await selected()).toEqual([3, 2]);

  // The menu: opened from the keyboard, arrows move, Right opens a submenu, Left comes back.
  await page.getByRole('button', { name: 'Extensions' }).focus();
  await page.keyboard.press('Enter');
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  expect(await focused()).toBe('Buka panel prospek');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('Papan pipeline');
  await page.keyboard.press('End');
  expect(await focused()).toBe('Admin');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe('Duplikat');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('Jalankan audit duplikat sekarang');
  await page.getByRole('menu', { name: 'Duplikat' }).waitFor();
  await screenshot(page, 'menu-submenu');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('Gabungkan duplikat yang dicentang');
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe('Duplikat');
  expect(await page.getByRole('menu', { name: 'Duplikat' }).isHidden()).toBe(true);
  await page.keyboard.press('Escape');
  expect(await page.getByRole('menu', { name: 'Lembar CRM' }).isHidden()).toBe(true);
  expect(await focused()).toBe('Extensions');
});
