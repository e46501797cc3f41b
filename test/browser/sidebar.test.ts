// The playground in a real browser: what a sales person does with the sidebar.
import type { Browser, Page } from 'playwright-core';
import { expectText, launch, playground, screenshot, sidebar } from './browser';
import { withWorkbook } from '../../src/local/session';
import { DIST } from '../helpers';
import { FOLLOW_MS } from '../../src/ui/selected';

let browser: Browser;
let pg: Awaited<ReturnType<typeof playground>>;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  pg = await playground();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pg.url);
  // The sidebar opens on Today; the lead form is one tab away.
  await sidebar(page).getByRole('tab', { name: 'Baru' }).click();
  await sidebar(page).locator('#lead-form').waitFor();
  await leadRows(page).first().waitFor();
});
afterEach(async () => {
  await page.close();
  await pg.close();
});

const leadRows = (p: Page) => p.locator('#grid-table[data-tab="Leads"] tbody tr[role=row]:not(.empty)');

async function fillLead(p: Page, f: Record<string, string>) {
  const s = sidebar(p);
  for (const [k, v] of Object.entries(f)) {
    const el = s.locator(`#lead-${k}`);
    if (k === 'source') await el.selectOption(v);
    else await el.fill(v);
  }
}

test('add a valid lead and see it in the grid', async () => {
  const before = await leadRows(page).count();
  await fillLead(page, {
    name: 'Putri Ayu',
    company: 'PT Cahaya',
    phone: '0812-7777-8888',
    source: 'Website',
    needs: 'CCTV kantor',
    dealValue: '25000000',
  });
  await screenshot(page, 'sidebar-new-lead-form');
  await sidebar(page).locator('#lead-form button[type=submit]').click();
  await sidebar(page).locator('#lead-status.ok').waitFor();
  await expectText(sidebar(page).locator('#lead-status'), /Prospek L-0000\d+ tersimpan/);
  await page.waitForFunction(
    (n) => document.querySelectorAll('#grid-table tbody tr[role=row]:not(.empty)').length === n + 1,
    before,
  );
  const last = leadRows(page).last();
  await expectText(last, /Putri Ayu/);
  await expectText(last, /\+6281277778888/);
  await screenshot(page, 'lead-saved-in-grid');
});

test('bad input shows each field its message and adds no row', async () => {
  const before = await leadRows(page).count();
  await fillLead(page, { name: '', phone: '12345', email: 'budi@', needs: '' });
  await sidebar(page).locator('#lead-form button[type=submit]').click();
  const s = sidebar(page);
  await expectText(s.locator('#lead-name-error'), 'Nama wajib diisi.');
  await expectText(s.locator('#lead-phone-error'), /Nomor telepon tidak valid/);
  await expectText(s.locator('#lead-email-error'), /Alamat email tidak valid/);
  await expectText(s.locator('#lead-source-error'), /Sumber wajib diisi/);
  await expectText(s.locator('#lead-needs-error'), 'Kebutuhan wajib diisi.');
  await screenshot(page, 'lead-form-errors');
  expect(await s.locator('#lead-name').getAttribute('aria-invalid')).toBe('true');
  await page.reload();
  await leadRows(page).first().waitFor();
  expect(await leadRows(page).count()).toBe(before);
});

test('a duplicate is shown and saved only when confirmed', async () => {
  const before = await leadRows(page).count();
  // The demo has Budi Santoso on 0812-3456-7890.
  await fillLead(page, { name: 'Pak Budi', phone: '+62 812 3456 7890', source: 'Referral', needs: 'Tambah kamera' });
  await sidebar(page).locator('#lead-form button[type=submit]').click();
  const box = sidebar(page).locator('#duplicates');
  await box.waitFor();
  await expectText(box, /Budi Santoso · PT Maju Jaya/);
  await expectText(box, /Telepon sama/);
  await screenshot(page, 'duplicate-warning');
  expect(await leadRows(page).count()).toBe(before);
  await sidebar(page).locator('#save-anyway').click();
  await sidebar(page).locator('#lead-status.ok').waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#grid-table tbody tr[role=row]:not(.empty)').length === n + 1,
    before,
  );
});

test('log an activity for the selected row and see Follow-ups and Last Contact change', async () => {
  // Row 3 is demo lead L-000002; whatever its counts, logging a call changes them.
  const s = await selectRow(page, 3);
  const id = (await s.locator('#lead-card .meta').first().textContent())!.split(' · ')[0];
  const followBefore = Number(await s.locator('.follow-ups').textContent());
  await s.locator('#act-type').selectOption('Follow-up Call');
  await s.locator('#act-summary').fill('Tanya jadwal survei <b>besok</b>');
  await s.locator('#activity-form button[type=submit]').click();
  await expectText(s.locator('#activity-form .status'), `Aktivitas untuk ${id} tercatat.`);
  expect(Number(await s.locator('.follow-ups').textContent())).toBe(followBefore + 1);
  await expectText(s.locator('.recent li').first(), 'Tanya jadwal survei <b>besok</b>');
  await screenshot(page, 'activity-logged');
  // The grid shows the same numbers.
  // The grid reloads after each call; wait for it to show the same numbers.
  await page.waitForFunction(
    (want) => {
      const headers = [...document.querySelectorAll('#grid-table thead th')].map((th) => th.textContent);
      const cells = [...document.querySelectorAll('#grid-table tbody tr[data-row="3"] td')].map((td) => td.textContent);
      return (
        cells[headers.indexOf('Follow-ups')] === want &&
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(cells[headers.indexOf('Last Contact')] ?? '')
      );
    },
    String(followBefore + 1),
  );
});

test('the WhatsApp button opens wa.me with the template for the lead’s stage and offers to log it', async () => {
  const s = await selectRow(page, 2);
  const wa = s.locator('#whatsapp');
  await wa.waitFor();
  const href = (await wa.getAttribute('href'))!;
  // Budi (Quotation Sent): the quotation template, signed with the Team name.
  expect(href).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Budi%20Santoso%2C%20penawaran/);
  expect(decodeURIComponent(href)).toMatch(/Saya Rina Wulandari/);
  await expectText(s.locator('.deal-value'), 'Rp 45.000.000');
  await wa.evaluate((a) => a.removeAttribute('href'));
  await wa.click();
  await s.locator('#wa-log').click();
  await expectText(s.locator('.recent li').first(), 'WhatsApp');
  await screenshot(page, 'selected-lead-whatsapp');
});

test('a lead named with braces ("Toko {Maju}") can be emailed: the page asks the server what is unfilled, not the braces', async () => {
  const before = await leadRows(page).count();
  await fillLead(page, {
    name: 'Toko {Maju}',
    company: 'Toko Maju',
    phone: '0812-7777-9999',
    email: 'maju@contoh.id',
    source: 'Website',
    needs: 'CCTV toko',
  });
  await sidebar(page).locator('#lead-form button[type=submit]').click();
  await sidebar(page).locator('#lead-status.ok').waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#grid-table tbody tr[role=row]:not(.empty)').length === n + 1,
    before,
  );
  // Data rows start under the header (sheet row 2).
  const s = await selectRow(page, before + 2);
  await s.locator('#template-pick').selectOption('T-007');
  await page.waitForFunction(() => {
    const frame = (document.querySelector('#sidebar') as HTMLIFrameElement).contentDocument;
    const text = frame?.querySelector('#template-text') as HTMLTextAreaElement | null;
    const send = frame?.querySelector('#send-email') as HTMLButtonElement | null;
    return !!text && /Toko \{Maju\}/.test(text.value) && !!send && !send.disabled;
  });
  expect(await s.locator('.messages .status.error').textContent()).toBe('');
  await s.locator('#send-email').click();
  await expectText(s.locator('.recent li').first(), 'Email');
});

test('a WhatsApp message shows no email To, From and Subject; an email does', async () => {
  // Row 2 is demo lead L-000001, Budi, with a mobile and an email; T-002 is an email template.
  const s = await selectRow(page, 2);
  await s.locator('#template-pick').waitFor();
  const whatsapp = await s.locator('#template-pick option', { hasText: 'WhatsApp' }).first().getAttribute('value');
  await s.locator('#template-pick').selectOption(whatsapp ?? '');
  await s.locator('#whatsapp').waitFor();
  await expect(s.locator('.email-head').isVisible()).resolves.toBe(false);
  await s.locator('#template-pick').selectOption('T-002');
  await expectText(s.locator('#email-to'), 'budi@majujaya.co.id');
  await expect(s.locator('.email-head').isVisible()).resolves.toBe(true);
});

test('a landline gets a call button and no WhatsApp', async () => {
  // Row 4 is demo lead L-000003, Andi, on (021) 555-1234.
  const s = await selectRow(page, 4);
  await s.locator('#call').waitFor();
  expect(await s.locator('#call').getAttribute('href')).toBe('tel:+62215551234');
  await s.locator('#template-pick').waitFor();
  expect(await s.locator('#whatsapp').count()).toBe(0);
});

test('move a lead Lead → Quotation Sent in the sidebar, asked for Deal Value and Expected Close', async () => {
  // Row 3 is demo lead L-000002 (Siti, status Lead, no deal value yet).
  const s = await selectRow(page, 3);
  await s.locator('#status-status').selectOption('Quotation Sent');
  await s.locator('#status-dealValue').waitFor();
  await s.locator('#status-expectedClose').waitFor();
  expect(await s.locator('#status-lostReason').count()).toBe(0);
  // First without the fields: the form names them and nothing changes.
  await s.locator('#status-form button[type=submit]').click();
  await expectText(s.locator('#status-dealValue-error'), 'Nilai deal wajib diisi.');
  await s.locator('#status-dealValue').fill('18.500.000');
  await s.locator('#status-expectedClose').fill('2026-12-30');
  await screenshot(page, 'status-form-quotation');
  await s.locator('#status-form button[type=submit]').click();
  await expectText(s.locator('#lead-card .badge'), 'Penawaran terkirim');
  await expectText(s.locator('.deal-value'), 'Rp 18.500.000');
  await expectText(s.locator('.recent li').first(), 'Prospek → Penawaran terkirim');
  await page.waitForFunction(() =>
    /Quotation Sent/.test(document.querySelector('#grid-table tbody tr[data-row="3"]')?.textContent ?? ''),
  );
  await screenshot(page, 'status-changed');
});

test('the Summary tab shows the same four charts, drawn in the browser, with readable axes', async () => {
  await page.getByRole('tab', { name: 'Summary' }).click();
  await page.locator('#grid-table[data-tab="Summary"]').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#charts canvas').length === 4);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('#charts canvas').length === 4);
  const titles = await page.locator('#charts canvas').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')));
  expect(titles).toEqual([
    'Prospek per minggu',
    'Pipeline terbuka per tahap',
    'Konversi per sumber, dengan rentang harapan',
    'Alasan kalah',
  ]);
  // Whole leads on the weekly axis, percent for conversion, Rp … jt for money.
  const ticks = await page.evaluate(() => {
    const charts = (
      window as unknown as {
        Chart: { getChart(c: HTMLCanvasElement): { scales: Record<string, { ticks: { label: string }[] }> } };
      }
    ).Chart;
    // Column charts have their values on y, bar charts (the 2nd and 4th) on x.
    return [...document.querySelectorAll('#charts canvas')].map((c, i) => {
      const ch = charts.getChart(c as HTMLCanvasElement);
      return (i % 2 === 1 ? ch.scales.x : ch.scales.y).ticks.map((t) => String(t.label));
    });
  });
  expect(ticks[0].every((l) => /^\d+$/.test(l))).toBe(true);
  expect(ticks[1].some((l) => /^Rp [\d.,]+ jt$/.test(l))).toBe(true);
  expect(ticks[2].every((l) => /^\d+%$/.test(l))).toBe(true);
  await expectText(page.locator('#grid-table'), /Rasio menang/);
  await expectText(page.locator('#grid-table'), /Rp \d/);
  await screenshot(page, 'summary-charts');
});

test('a hostile lead name is shown as text in the sidebar, never as HTML', async () => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await fillLead(page, {
    name: hostile,
    company: '<b>PT</b>',
    phone: '0812-9999-1234',
    source: 'Website',
    needs: '<script>window.__pwned=2</script>',
  });
  await sidebar(page).locator('#lead-form button[type=submit]').click();
  await sidebar(page).locator('#lead-status.ok').waitFor();
  // The same phone again: the duplicate warning shows the name too.
  await fillLead(page, { name: 'Lagi', phone: '0812-9999-1234', source: 'Website', needs: 'x' });
  await sidebar(page).locator('#lead-form button[type=submit]').click();
  await sidebar(page).locator('#duplicates').waitFor();
  await expectText(sidebar(page).locator('#duplicates'), hostile);
  // And as the selected lead.
  const s = sidebar(page);
  await s.locator('#tab-selected').click();
  await s.locator('#find-form input').fill('L-000009');
  await s.locator('#find-form button[type=submit]').click();
  await expectText(s.locator('#lead-card .lead-name'), hostile);
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar'))!;
  expect(await frame.evaluate(() => document.querySelectorAll('img, b, script:not([src])').length)).toBe(1); // only the sidebar's own script
  expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('#grid-table img, #grid-table b').length)).toBe(0);
  await screenshot(page, 'hostile-name-escaped');
});

test('two browser tabs saving at once lose nothing', async () => {
  const second = await browser.newPage();
  await second.goto(pg.url);
  await sidebar(second).getByRole('tab', { name: 'Baru' }).click();
  await sidebar(second).locator('#lead-form').waitFor();
  await fillLead(page, { name: 'Tab Satu', phone: '0813-1000-0001', source: 'Website', needs: 'A' });
  await fillLead(second, { name: 'Tab Dua', phone: '0813-1000-0002', source: 'Website', needs: 'B' });
  await Promise.all([
    sidebar(page).locator('#lead-form button[type=submit]').click(),
    sidebar(second).locator('#lead-form button[type=submit]').click(),
  ]);
  await Promise.all([
    sidebar(page).locator('#lead-status.ok').waitFor(),
    sidebar(second).locator('#lead-status.ok').waitFor(),
  ]);
  await second.close();
  const names = await withWorkbook(pg.workbook, { distDir: DIST }, (env) => {
    const [header, ...rows] = env.spreadsheet.getSheetByName('Leads')!.getDataRange().getValues();
    return rows.map((r) => r[header.indexOf('Name')]);
  });
  expect(names).toEqual(expect.arrayContaining(['Tab Satu', 'Tab Dua']));
  const ids = await withWorkbook(pg.workbook, { distDir: DIST }, (env) =>
    env.spreadsheet
      .getSheetByName('Leads')!
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => r[0]),
  );
  expect(new Set(ids).size).toBe(ids.length);
});

test('a past client\u2019s repeat order in two taps, the client card, and a new deal from it', async () => {
  const s = sidebar(page);
  const before = await leadRows(page).count();
  // The demo has Budi Santoso (PT Maju Jaya) on 0812-3456-7890: he calls about a new site.
  await fillLead(page, {
    name: 'Budi',
    phone: '0812 3456 7890',
    source: 'Referral',
    needs: 'CCTV gudang kedua',
    dealValue: '30 jt',
  });
  await s.locator('#lead-form button[type=submit]').click();
  const match = s.locator('#duplicates .client-match');
  await expectText(match, /Budi Santoso · PT Maju Jaya/);
  await expectText(match, /C-000001 · 1 deal/);
  await expectText(s.locator('#duplicates'), /Buka prospek ini/);
  await screenshot(page, 'entry-matches-a-client');
  // The second tap: a new deal for him, saved with his Client ID and his name and company.
  await s.locator('#new-deal-C-000001').click();
  await s.locator('#lead-status.ok').waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#grid-table tbody tr[role=row]:not(.empty)').length === n + 1,
    before,
  );
  const rows = await withWorkbook(pg.workbook, { distDir: DIST }, (env) => {
    const [header, ...all] = env.spreadsheet.getSheetByName('Leads')!.getDataRange().getValues();
    return all.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  });
  const added = rows.at(-1)!;
  expect([added['Client ID'], added.Name, added.Company, added.Needs, added['Deal Value']]).toEqual([
    'C-000001',
    'Budi Santoso',
    'PT Maju Jaya',
    'CCTV gudang kedua',
    30000000,
  ]);
  // Search shows the client once, both deals under it; its name opens the client card, which
  // stays while another row is selected in the grid (the sidebar follows the grid's selection
  // only when it changes).
  await page.locator('#grid-table tbody tr[data-row="4"]').click();
  await s.getByRole('tab', { name: 'Cari' }).click();
  await s.locator('#search-query').fill('Budi Santoso');
  const hit = s.locator('#search-results li.client-hit');
  await expectText(hit, /2 deal/);
  await expectText(hit.locator('.muted').first(), 'PT Maju Jaya · 0812-3456-7890'); // dialled as people write it
  await hit.locator('button.open-client').click();
  const card = s.locator('#client-card');
  await expectText(card.locator('.client-name'), 'Budi Santoso');
  expect(await card.locator('ul.deals li.deal').count()).toBe(2);
  await expectText(card.locator('.lifetime-value'), /Rp/);
  await page.waitForTimeout(FOLLOW_MS * 2 + 500);
  await expectText(s.locator('#client-card .client-name'), 'Budi Santoso');
  await screenshot(page, 'client-card');
  // New deal from the card: the form with his contact facts, saved for him.
  await card.locator('#client-new-deal').click();
  await expectText(s.locator('#new-deal-banner'), /C-000001/);
  expect(await s.locator('#lead-name').inputValue()).toBe('Budi Santoso');
  await s.locator('#lead-source').selectOption('Referral');
  await s.locator('#lead-needs').fill('Servis tahunan');
  await s.locator('#lead-form button[type=submit]').click();
  await s.locator('#lead-status.ok').waitFor();
  const ids = await withWorkbook(pg.workbook, { distDir: DIST }, (env) => {
    const [header, ...all] = env.spreadsheet.getSheetByName('Leads')!.getDataRange().getValues();
    return all.map((r) => r[header.indexOf('Client ID')]);
  });
  expect(ids.filter((id) => id === 'C-000001')).toHaveLength(3);
  expect(await s.locator('#new-deal-banner').isHidden()).toBe(true);
});

/** Selects a grid row as a user does, then loads it in the sidebar's selected-lead tab. */
async function selectRow(p: Page, row: number) {
  await p.locator(`#grid-table tbody tr[data-row="${row}"]`).click();
  const s = sidebar(p);
  await s.locator('#tab-selected').click();
  await s.locator('#refresh').click();
  await s.locator('#lead-card .lead-name').waitFor();
  return s;
}
