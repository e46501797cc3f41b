// The board's gate form (a move that needs fields first) when the server refuses what was typed:
// every typed value stays, the server's message is shown under its field, the first bad field has
// the focus and nothing is written; Cancel puts the card back; fixed, the move is saved.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expectText, sharedPlayground } from './browser';

const env = sharedPlayground();
let page: Page;
/** The server functions the board called (google.script.run), in order. */
let calls: string[] = [];

beforeAll(async () => {
  // Siti (a Lead) gets a Deal Value but no Expected Close, so her gate form opens prefilled.
  const res = await fetch(`${env.pg.url}/api/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fn: 'updateLead', args: [{ leadId: 'L-000002', fields: { dealValue: '12000000' } }] }),
  });
  expect(await res.json()).toMatchObject({ ok: true, result: { ok: true } });
});
beforeEach(async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(env.pg.url);
  page.on('request', (req) => {
    if (req.url().endsWith('/api/run')) calls.push(JSON.parse(req.postData() ?? '{}').fn);
  });
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Papan pipeline' }).click();
  await page.getByRole('dialog', { name: 'Papan pipeline' }).waitFor();
});
afterEach(async () => {
  await page.close();
});

const board = (): FrameLocator => page.frameLocator('.modal iframe');
const column = (status: string) => board().getByRole('list', { name: status, exact: true });
const gate = () => board().getByRole('dialog', { name: /Sebelum Penawaran terkirim/ });
const siti = (status: string) => column(status).getByRole('listitem', { name: 'Siti Rahmawati' });
/** The message shown under a field (the element its aria-describedby names). */
const errorOf = async (input: Locator) => gate().locator(`#${await input.getAttribute('aria-describedby')}`);

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
  for (const dy of [4, 8, 12]) await page.mouse.move(b.x + b.width / 2, b.y + 20 + dy);
  await page.mouse.up();
}

test('a refused gate keeps every typed value and says why under the field; Cancel writes nothing', async () => {
  await drag(siti('Prospek'), column('Penawaran terkirim'));
  const value = gate().getByLabel('Nilai deal');
  const close = gate().getByLabel('Perkiraan closing');
  // Prefilled as people write money; the date is typed as people write it (as in the sidebar), empty for Siti.
  expect(await value.inputValue()).toBe('Rp 12.000.000');
  expect(await close.getAttribute('placeholder')).toMatch(/28\/11\/2026/);
  expect(await close.inputValue()).toBe('');
  // Nothing submitted yet: no message.
  expect((await gate().getByRole('alert').allTextContents()).join('')).toBe('');
  calls = [];

  await value.fill('abc');
  await close.fill('15/01/2027');
  await gate().getByRole('button', { name: 'Pindahkan' }).click();
  await expectText(await errorOf(value), 'Nilai deal harus berupa angka 0 atau lebih.');
  expect(await value.inputValue()).toBe('abc');
  expect(await close.inputValue()).toBe('15/01/2027');
  expect(await (await errorOf(close)).textContent()).toBe('');
  expect(await value.getAttribute('aria-invalid')).toBe('true');
  expect(await value.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  expect(calls).toEqual(['setLeadStatus']);

  // Amount mended, date left out: the message moves to the date, the mended amount stays as typed.
  await close.fill('');
  await value.fill('12,5 jt');
  await gate().getByRole('button', { name: 'Pindahkan' }).click();
  await expectText(await errorOf(close), 'Perkiraan closing wajib diisi.');
  expect(await (await errorOf(value)).textContent()).toBe('');
  expect(await value.getAttribute('aria-invalid')).toBe('false');
  expect(await value.inputValue()).toBe('12,5 jt');
  expect(await close.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

  // Cancel: the card goes back, and the board asked again shows nothing was saved.
  await gate().getByRole('button', { name: 'Batal' }).click();
  expect(await gate().count()).toBe(0);
  await board().getByRole('button', { name: 'Muat ulang' }).click();
  await expectText(siti('Prospek'), 'Rp 12.000.000');
  expect(await siti('Penawaran terkirim').count()).toBe(0);
});

test('while a gate waits, the board takes no other move: a drag beside it cancels it and moves nothing; Escape cancels too', async () => {
  await drag(siti('Prospek'), column('Penawaran terkirim'));
  await gate().getByLabel('Nilai deal').waitFor();
  calls = [];
  // Another card dragged while Siti waits for her fields: it stays, and so does Siti's old place.
  const other = column('Prospek').getByRole('listitem').filter({ hasNotText: 'Siti Rahmawati' }).first();
  const name = (await other.getAttribute('aria-label'))!;
  await drag(other, column('Kalah'));
  expect(await gate().count()).toBe(0);
  await expectText(siti('Prospek'), 'Rp 12.000.000');
  expect(await siti('Penawaran terkirim').count()).toBe(0);
  expect(await column('Prospek').getByRole('listitem', { name }).count()).toBe(1);
  expect(await column('Kalah').getByRole('listitem', { name }).count()).toBe(0);
  expect(calls).toEqual([]);
  // Escape closes the form the same way.
  await drag(siti('Prospek'), column('Penawaran terkirim'));
  await gate().getByLabel('Nilai deal').waitFor();
  calls = [];
  await page.keyboard.press('Escape');
  expect(await gate().count()).toBe(0);
  await expectText(siti('Prospek'), 'Rp 12.000.000');
  expect(calls).toEqual([]);
});

test('refused, then fixed in the same form: the move is saved with what was typed', async () => {
  await drag(siti('Prospek'), column('Penawaran terkirim'));
  const value = gate().getByLabel('Nilai deal');
  const close = gate().getByLabel('Perkiraan closing');
  await value.waitFor();
  calls = [];
  await value.fill('abc');
  await close.fill('15/01/2027');
  await gate().getByRole('button', { name: 'Pindahkan' }).click();
  await expectText(await errorOf(value), 'Nilai deal harus berupa angka 0 atau lebih.');
  expect(await value.inputValue()).toBe('abc');
  await value.fill('13,5 jt');
  await gate().getByRole('button', { name: 'Pindahkan' }).click();
  await expectText(board().getByRole('status'), 'Siti Rahmawati dipindah ke Penawaran terkirim.');
  expect(await gate().count()).toBe(0);
  await expectText(siti('Penawaran terkirim'), 'Rp 13.500.000');
  expect(calls).toEqual(['setLeadStatus', 'setLeadStatus']);
});
