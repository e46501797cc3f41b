// The pipeline board in the playground, by roles and labels: an allowed drag is saved,
// a gated one asks for its fields, a forbidden one snaps back with the reason; the keyboard way.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expectText, screenshot, sharedPlayground } from './browser';

const env = sharedPlayground();
let page: Page;
/** The server functions the board called (google.script.run), in order. */
let calls: string[] = [];
beforeEach(async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(env.pg.url);
  page.on('request', (req) => {
    if (req.url().endsWith('/api/run')) calls.push(JSON.parse(req.postData() ?? '{}').fn);
  });
  calls = [];
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Papan pipeline' }).click();
  await page.getByRole('dialog', { name: 'Papan pipeline' }).waitFor();
});
afterEach(async () => {
  await page.close();
});

const board = (): FrameLocator => page.frameLocator('.modal iframe');
const column = (status: string) => board().getByRole('list', { name: status, exact: true });

/** Drags a card onto a column as a person does with the mouse. */
async function drag(card: Locator, target: Locator): Promise<void> {
  const a = (await card.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 10);
  await page.mouse.down();
  const steps = 20;
  for (let i = 1; i <= steps; i++)
    await page.mouse.move(
      a.x + a.width / 2 + ((b.x + b.width / 2 - a.x - a.width / 2) * i) / steps,
      a.y + 10 + ((b.y + 20 - a.y - 10) * i) / steps,
    );
  // A little movement inside the target, as a hand makes before letting go.
  for (const dy of [4, 8, 12]) await page.mouse.move(b.x + b.width / 2, b.y + 20 + dy);
  await page.mouse.up();
}

test('the board shows every open stage with its sums; an allowed drag is saved', async () => {
  await expectText(board().locator('.columns'), 'Prospek');
  await expectText(
    board().getByRole('region', { name: 'Penawaran terkirim' }),
    /1 deal · Rp 45\.000\.000 · tertimbang Rp 13\.500\.000/,
  );
  await screenshot(page, 'board-1366');
  // The board opened with one call (the menu's own call to open it apart).
  expect(calls.filter((c) => c !== 'showPipelineBoard')).toEqual(['getSidebarContext']);
  // Budi (Quotation Sent) → Negotiation: allowed, no fields needed; one round trip.
  calls = [];
  await drag(column('Penawaran terkirim').getByRole('listitem', { name: 'Budi Santoso' }), column('Negosiasi'));
  await expectText(board().getByRole('status'), 'Budi Santoso dipindah ke Negosiasi.');
  await expectText(column('Negosiasi'), 'Budi Santoso');
  await page.waitForTimeout(500);
  expect(calls).toEqual(['setLeadStatus']);
});

test('a gated move asks for its fields on the board; a forbidden one snaps back with the reason', async () => {
  // Siti (Lead) → Won is not a move the pipeline allows.
  await drag(column('Prospek').getByRole('listitem', { name: 'Siti Rahmawati' }), column('Menang'));
  await expectText(board().getByRole('status'), 'Prospek → Menang tidak diizinkan.');
  await expectText(column('Prospek'), 'Siti Rahmawati');
  // Siti → Quotation Sent needs Deal Value and Expected Close: asked here.
  await drag(column('Prospek').getByRole('listitem', { name: 'Siti Rahmawati' }), column('Penawaran terkirim'));
  const form = board().getByRole('dialog', { name: /Sebelum Penawaran terkirim/ });
  await form.getByLabel('Nilai deal').fill('30 juta');
  // A date picker (its value is yyyy-mm-dd; the browser shows it in the reader's way).
  await form.getByLabel('Perkiraan closing').fill('15/01/2027');
  // The form opens by the dropped card (issue 29 item 9), not in a far corner.
  const cardBox = (await column('Penawaran terkirim').getByRole('listitem', { name: 'Siti Rahmawati' }).boundingBox())!;
  const formBox = (await form.boundingBox())!;
  const gap = Math.max(formBox.y - (cardBox.y + cardBox.height), cardBox.y - (formBox.y + formBox.height));
  expect(gap).toBeLessThan(24);
  expect(formBox.x).toBeLessThan(cardBox.x + cardBox.width);
  expect(formBox.x + formBox.width).toBeGreaterThan(cardBox.x);
  await screenshot(page, 'board-gate');
  await form.getByRole('button', { name: 'Pindahkan' }).click();
  await expectText(board().getByRole('status'), 'Siti Rahmawati dipindah ke Penawaran terkirim.');
  await expectText(column('Penawaran terkirim'), 'Siti Rahmawati');
});

test('every move is possible from the keyboard; cancelling a gate puts the card back', async () => {
  const card = column('Prospek').getByRole('listitem', { name: 'Hendra Gunawan' });
  await card.getByRole('combobox', { name: 'Pindah ke… Hendra Gunawan' }).selectOption('Lost');
  const form = board().getByRole('dialog', { name: /Sebelum Kalah/ });
  await form.getByRole('button', { name: 'Batal' }).click();
  await expectText(column('Prospek'), 'Hendra Gunawan');
  await column('Prospek')
    .getByRole('listitem', { name: 'Hendra Gunawan' })
    .getByRole('combobox', { name: 'Pindah ke… Hendra Gunawan' })
    .selectOption('Lost');
  await board()
    .getByRole('dialog', { name: /Sebelum Kalah/ })
    .getByLabel('Alasan kalah')
    .selectOption({ index: 1 });
  await board().getByRole('button', { name: 'Pindahkan' }).click();
  await expectText(board().getByRole('status'), 'Hendra Gunawan dipindah ke Kalah.');
  expect(await column('Prospek').getByRole('listitem', { name: 'Hendra Gunawan' }).count()).toBe(0);
});

test('on a phone the board shows one stage at a time, chosen from its stage bar; nothing scrolls sideways', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await board().getByRole('list', { name: 'Prospek', exact: true }).waitFor();
  const stages = board().getByRole('tablist', { name: 'Tahap' });
  await expectText(stages.getByRole('tab', { selected: true }), /Prospek/);
  expect(await board().locator('.column:visible').count()).toBe(1);
  await stages.getByRole('tab', { name: /Penawaran terkirim/ }).click();
  await board().getByRole('region', { name: 'Penawaran terkirim' }).waitFor({ state: 'visible' });
  expect(await board().locator('.column:visible').count()).toBe(1);
  // The stage fills the screen's width (not a 230 px column).
  expect((await board().locator('.column:visible').boundingBox())!.width).toBeGreaterThan(300);
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url() !== pg())!;
  const fits = await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
  // A card moves by its list on a phone.
  const card = board().locator('.column:visible li.card').first();
  const name = (await card.getAttribute('aria-label'))!;
  await card.getByRole('combobox').selectOption('Negotiation');
  await expectText(board().getByRole('status'), `${name} dipindah ke Negosiasi.`);
  await screenshot(page, 'board-390');
});

const pg = () => env.pg.url;
