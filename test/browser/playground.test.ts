// The playground as a stand-in for Google Sheets, driven only by roles and visible
// labels, the way a person and a screen reader find things.
import type { Page } from 'playwright-core';
import { expectText, screenshot, sharedPlayground } from './browser';

const env = sharedPlayground();
let page: Page;
beforeEach(async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(env.pg.url);
  await page.getByRole('grid', { name: 'Leads' }).waitFor();
  await page.frameLocator('#sidebar').getByRole('tab', { name: 'Hari ini' }).waitFor();
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
  // Daily work first, the rest in submenus (issue 29 item 9).
  expect(await page.getByRole('menuitem').allTextContents()).toEqual([
    'Buka panel prospek',
    'Papan pipeline',
    'Perbarui ringkasan',
    'Duplikat',
    'Kampanye',
    'Admin',
  ]);
  await page.getByRole('menuitem', { name: 'Duplikat' }).click();
  const items = await page.getByRole('menu', { name: 'Duplikat' }).getByRole('menuitem').allTextContents();
  expect(items).toEqual(
    expect.arrayContaining(['Jalankan audit duplikat sekarang', 'Gabungkan duplikat yang dicentang']),
  );
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

/** Chooses a menu item, through its submenus (`'Duplikat', 'Gabungkan…'`), as in Sheets. */
const menu = async (p: Page, ...path: string[]) => {
  await p.getByRole('button', { name: 'Extensions' }).click();
  for (const item of path) await p.getByRole('menuitem', { name: item, exact: true }).click();
};

test('audit, tick a Merge box, merge and undo, all by clicks; each step is timed', async () => {
  const steps: Record<string, number> = {};
  const timed = async (name: string, fn: () => Promise<void>) => {
    const t = Date.now();
    await fn();
    steps[name] = Date.now() - t;
  };
  // A lead entered twice, the second time by a colleague while the first is still open: the
  // audit has one deal entered twice to merge. (A demo lead's next deal would be linked instead.)
  await env.pg.workspace.run((env) => {
    for (const name of ['Yudi Hartono', 'Bpk. Yudi Hartono'])
      env.call('submitLead', {
        name,
        phone: '0812 9090 1234',
        source: 'WhatsApp',
        needs: 'CCTV',
        allowDuplicate: true,
      });
  });
  await page.reload();
  await grid(page).waitFor();
  await timed('audit', async () => {
    await menu(page, 'Duplikat', 'Jalankan audit duplikat sekarang');
    await expectText(page.getByRole('status'), /Audit/i);
  });
  await timed('open Duplicates', async () => {
    await page.getByRole('tab', { name: 'Duplicates' }).click();
    await page.getByRole('grid', { name: 'Duplicates' }).getByRole('checkbox').first().waitFor();
  });
  await screenshot(page, 'playground-duplicates');
  await timed('tick Merge', async () => {
    const box = page.getByRole('grid', { name: 'Duplicates' }).getByRole('checkbox').first();
    await box.check();
    await page.waitForFunction(
      () => (document.querySelector('#grid-table input[type=checkbox]') as HTMLInputElement | null)?.checked === true,
    );
  });
  await timed('merge', async () => {
    // The menu item opens the merge dialog: the preview, then the confirmation.
    await menu(page, 'Duplikat', 'Gabungkan duplikat yang dicentang');
    const dialog = page.frameLocator('.modal iframe');
    await dialog.getByRole('button', { name: 'Jalankan 1 grup' }).click();
    await expectText(dialog.getByRole('status'), /digabung/i);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
  });
  await timed('undo', async () => {
    await page.getByRole('tab', { name: 'Archive' }).click();
    const archive = page.getByRole('grid', { name: 'Archive' });
    await archive.getByRole('gridcell').first().click();
    await menu(page, 'Duplikat', 'Batalkan penggabungan atau tautan (baris terpilih)');
    await expectText(page.getByRole('status'), /Penggabungan M-\d+ dibatalkan: 1 prospek dikembalikan/);
  });
  await page.getByRole('tab', { name: 'Leads' }).click();
  await expectText(grid(page), 'Bpk. Yudi Hartono');
  console.log(`playground steps (ms): ${JSON.stringify(steps)}`);
  for (const [name, ms] of Object.entries(steps)) expect({ name, slow: ms > 5000 }).toEqual({ name, slow: false });
});

test('the Summary opens from the menu with its charts', async () => {
  await menu(page, 'Perbarui ringkasan');
  await page.getByRole('tab', { name: 'Summary' }).click();
  await page.getByRole('grid', { name: 'Summary' }).waitFor();
  await page.locator('#charts canvas').first().waitFor();
  // The figures at a glance come first, as tiles, then the charts.
  const tiles = page.getByRole('list', { name: 'Sekilas' }).getByRole('listitem');
  await expectText(tiles.first(), /Prospek baru minggu ini\d+/);
  await expectText(page.getByRole('list', { name: 'Sekilas' }), /Rasio menang[\d.,]+%/);
  await screenshot(page, 'playground-summary');
});

test('a note shows on hover, and is announced with its cell', async () => {
  await env.pg.workspace.run((env) => {
    const leads = env.spreadsheet.getSheetByName('Leads')!;
    const col = leads.getRange(1, 1, 1, leads.getLastColumn()).getValues()[0].indexOf('Name') + 1;
    leads.getRange(3, col).setNote('Met at the Surabaya expo');
  });
  await page.reload();
  const cell = grid(page).getByRole('gridcell', { description: /Surabaya expo/ });
  await cell.hover();
  expect(await cell.getAttribute('title')).toBe('Met at the Surabaya expo');
});

test('at 1366 px Name, Status, Owner, Deal Value and Next Follow-up show without scrolling sideways', async () => {
  const area = await page.locator('#grid').boundingBox();
  for (const name of ['Name', 'Status', 'Owner', 'Deal Value', 'Next Follow-up']) {
    const box = await grid(page).getByRole('columnheader', { name, exact: true }).boundingBox();
    expect({ name, inView: !!box && !!area && box.x + box.width <= area.x + area.width }).toEqual({
      name,
      inView: true,
    });
  }
});

test('two browser tabs on one workbook see each other’s changes without a reload', async () => {
  const other = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await other.goto(env.pg.url);
    await grid(other).waitFor();
    const side = page.frameLocator('#sidebar');
    await side.getByRole('tab', { name: 'Baru' }).click();
    await side.locator('#lead-name').fill('Rina Dua Tab');
    await side.locator('#lead-phone').fill('0813 2222 4444');
    await side.locator('#lead-source').selectOption('Website');
    await side.locator('#lead-needs').fill('CCTV');
    await side.locator('#lead-form button[type=submit]').click();
    await expectText(grid(other), 'Rina Dua Tab');
  } finally {
    await other.close();
  }
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
