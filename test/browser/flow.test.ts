// The sidebar as a salesperson uses it all day (issue 29 items 3, 4, 10): each action is one
// round trip (google.script.run calls counted per action), the card follows the grid's selection
// without Reload and stops asking when not in view, a lead opened from search moves the grid's
// selection to its row, and an email shows To, From and Subject, sends once and says so.
import type { Page, Request } from 'playwright-core';
import { expectText, screenshot, sharedPlayground, sidebar } from './browser';

const env = sharedPlayground();
let page: Page;
/** The server functions the page called (google.script.run through /api/run), in order. */
let calls: string[] = [];
const onRequest = (req: Request) => {
  if (req.url().endsWith('/api/run') && req.method() === 'POST') calls.push(JSON.parse(req.postData() ?? '{}').fn);
};

beforeEach(async () => {
  page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
  calls = [];
  page.on('request', onRequest);
  await page.goto(env.pg.url);
  await page.locator('#grid-table tbody tr[data-row="2"]').waitFor();
});
afterEach(async () => {
  await page.close();
});

/** How long each action took, from the click to the answer drawn (logged, not held to a figure). */
const took: Record<string, number> = {};

/** The calls an action made, the selection poll (getActiveLead) apart. */
async function roundTrips(action: () => Promise<void>, name?: string): Promise<string[]> {
  calls = [];
  const t = Date.now();
  await action();
  if (name) took[name] = Date.now() - t;
  // Anything the action would still send (a reload after the write) has time to go out.
  await page.waitForTimeout(700);
  return calls.filter((c) => c !== 'getActiveLead');
}

test('the sidebar opens with one call: its context and the Today list it opens on', async () => {
  await sidebar(page).locator('li.item').first().waitFor();
  await page.waitForTimeout(500);
  expect(calls).toEqual(['getSidebarContext']);
});

test('each action is one round trip: open the card, log, change status, edit, pick a template, send', async () => {
  const s = sidebar(page);
  await page.locator('#grid-table tbody tr[data-row="2"] td[data-col="4"]').click();
  expect(
    await roundTrips(async () => {
      await s.getByRole('tab', { name: 'Terpilih' }).click();
      await expectText(s.locator('#lead-card .lead-name'), 'Budi Santoso');
      await s.locator('#template-text').waitFor();
    }),
  ).toEqual(['getSelectedLead']);
  // The card came with its first template filled: no second call for it.
  expect(await s.locator('#template-text').inputValue()).toMatch(/Budi Santoso/);

  const follow = Number(await s.locator('.follow-ups').textContent());
  expect(
    await roundTrips(async () => {
      await s.locator('#act-type').selectOption('Follow-up Call');
      await s.locator('#act-summary').fill('Tanya jadwal pasang');
      await s.locator('#activity-form button[type=submit]').click();
      await expectText(s.locator('#activity-form .status'), 'Aktivitas untuk L-000001 tercatat.');
    }, 'log an activity'),
  ).toEqual(['logActivity']);
  expect(Number(await s.locator('.follow-ups').textContent())).toBe(follow + 1);
  await expectText(s.locator('.recent li').first(), 'Tanya jadwal pasang');

  expect(
    await roundTrips(async () => {
      await s.locator('#status-status').selectOption('Negotiation');
      await s.locator('#status-form button[type=submit]').click();
      await expectText(s.locator('#lead-card .badge'), 'Negosiasi');
      await expectText(s.locator('#status-form .status'), /Negosiasi/);
    }, 'change status'),
  ).toEqual(['setLeadStatus']);
  await expectText(s.locator('.recent li').first(), 'Penawaran terkirim → Negosiasi');

  expect(
    await roundTrips(async () => {
      await s.getByText('Ubah data').click();
      await s.locator('#edit-company').fill('PT Maju Jaya Abadi');
      await s.locator('#edit-form button[type=submit]').click();
      await expectText(s.locator('#edit-form .status'), /diperbarui|disimpan|1/);
    }),
  ).toEqual(['updateLead']);
  await expectText(s.locator('#lead-card .card'), 'PT Maju Jaya Abadi');

  // Item 4: an email shows To, From and Subject before it is sent.
  expect(
    await roundTrips(async () => {
      await s.locator('#template-pick').selectOption('T-002');
      await expectText(s.locator('#email-to'), 'budi@majujaya.co.id');
    }),
  ).toEqual(['renderTemplate']);
  await expectText(s.locator('#email-from'), /@/);
  expect(await s.getByLabel('Subjek').inputValue()).not.toBe('');
  await screenshot(page, 'email-before-send');
  // While it is sent the button is off (a second click sends nothing).
  await page.route('**/api/run', async (route) => {
    if (JSON.parse(route.request().postData() ?? '{}').fn === 'sendTemplateEmail')
      await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  const send = s.getByRole('button', { name: 'Kirim email' });
  expect(
    await roundTrips(async () => {
      await send.click();
      expect(await send.isDisabled()).toBe(true);
      await send.click({ force: true }).catch(() => undefined);
      await expectText(s.locator('.messages [role=status]'), /Mengirim ke budi@majujaya\.co\.id/);
      await expectText(
        s.locator('.messages [role=status]'),
        'Terkirim ke budi@majujaya.co.id dan dicatat sebagai aktivitas Email.',
      );
    }),
  ).toEqual(['sendTemplateEmail']);
  expect(await send.isDisabled()).toBe(true);
  await expectText(s.locator('.recent li').first(), 'Email');
  await screenshot(page, 'email-sent');
  // A send that fails says why, and may be tried again.
  await page.unroute('**/api/run');
  await page.route('**/api/run', async (route) => {
    if (JSON.parse(route.request().postData() ?? '{}').fn !== 'sendTemplateEmail') return route.continue();
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: 'Kuota email hari ini sudah habis.' }),
    });
  });
  await s.locator('#template-text').fill('Pak Budi, jadwal pasang kami kirim besok.');
  await s.getByRole('button', { name: 'Kirim email' }).click();
  await expectText(s.locator('.messages [role=status]'), 'Tidak terkirim: Kuota email hari ini sudah habis.');
  expect(await s.getByRole('button', { name: 'Kirim email' }).isEnabled()).toBe(true);
  await page.unroute('**/api/run');
  console.log(`sidebar actions (ms, from the click to the answer drawn): ${JSON.stringify(took)}`);
});

test('the card follows the grid without Reload, stops asking when not in view, and search moves the grid', async () => {
  const s = sidebar(page);
  await page.locator('#grid-table tbody tr[data-row="2"] td[data-col="4"]').click();
  await s.getByRole('tab', { name: 'Terpilih' }).click();
  await expectText(s.locator('#lead-card .lead-name'), 'Budi Santoso');
  // Another row clicked in the grid: the card follows (Reload never pressed).
  await page.locator('#grid-table tbody tr[data-row="4"] td[data-col="4"]').click();
  await expectText(s.locator('#lead-card .lead-name'), 'Andi Wijaya');
  // The poll is tiny and the card is fetched once per change, not per poll.
  calls = [];
  await page.waitForTimeout(3500);
  expect(calls.filter((c) => c === 'getActiveLead').length).toBeGreaterThan(0);
  expect(calls.filter((c) => c !== 'getActiveLead')).toEqual([]);
  // Another tab of the sidebar: the poll stops.
  await s.getByRole('tab', { name: 'Cari' }).click();
  await page.waitForTimeout(500);
  calls = [];
  await page.waitForTimeout(3500);
  expect(calls).toEqual([]);
  // A lead opened from search becomes the grid's selection, shown in the grid.
  await s.locator('#search-query').fill('Siti');
  await s.getByRole('button', { name: 'Buka Siti Rahmawati' }).click();
  await expectText(s.locator('#lead-card .lead-name'), 'Siti Rahmawati');
  await page.waitForFunction(() => document.querySelector('#grid-table tr.selected')?.getAttribute('data-row') === '3');
  expect(await page.locator('#grid-table td[aria-selected=true]').getAttribute('data-row')).toBe('3');
  await screenshot(page, 'search-moves-grid');
});

test('Today: logging a result and moving a follow-up are one round trip each, the list redrawn from the answer', async () => {
  const s = sidebar(page);
  const items = s.locator('li.item');
  await items.first().waitFor();
  const first = items.first();
  const name = (await first.locator('button.link').textContent())!;
  expect(
    await roundTrips(async () => {
      await first.getByRole('button', { name: `Catat hasil ${name}` }).click();
      await first.getByLabel('Jenis').selectOption('Follow-up Call');
      await first.getByLabel('Ringkasan').fill('Sudah ditelepon');
      await first.getByRole('button', { name: 'Catat', exact: true }).click();
      await s.getByLabel('Ringkasan').waitFor({ state: 'detached' });
    }),
  ).toEqual(['logActivity']);
  const other = items.first();
  const who = (await other.locator('button.link').textContent())!;
  expect(
    await roundTrips(async () => {
      await other.getByRole('button', { name: `Pindah tindak lanjut ${who}` }).click();
      await other.getByLabel('Tindak lanjut berikutnya').fill('2027-01-20');
      await other.getByRole('button', { name: 'Pindah tindak lanjut', exact: true }).click();
      await s.getByLabel('Tindak lanjut berikutnya').waitFor({ state: 'detached' });
    }),
  ).toEqual(['updateLead']);
});
