// Shared browser-test setup: the playground on a free port over a temporary workbook, and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlayground } from '../../src/local/playground';
import { DIST } from '../helpers';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS = path.join(__dirname, '..', '..', 'test-results');

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium); .ci/run does.`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function playground() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-pg-'));
  const workbook = path.join(dir, 'crm.xlsx');
  const pg = await startPlayground({ workbook, port: 0, distDir: DIST, log: () => undefined });
  return { ...pg, workbook };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
}

/** The sidebar iframe of the playground page. */
export function sidebar(page: Page) {
  return page.frameLocator('#sidebar');
}

/** Waits (up to 20 s) until the located element's text contains `want` or matches it. */
export async function expectText(
  loc: { textContent(): Promise<string | null>; waitFor(): Promise<void> },
  want: string | RegExp,
): Promise<void> {
  await loc.waitFor();
  const deadline = Date.now() + 20000; // generous: CI runs browsers beside CPU-heavy suites
  let got = '';
  while (Date.now() < deadline) {
    got = (await loc.textContent()) ?? '';
    if (typeof want === 'string' ? got.includes(want) : want.test(got)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(got).toMatch(want);
}

/**
 * One browser and one playground (a fresh demo workbook) for a whole test file, closed after it:
 * `const env = sharedPlayground();` then `env.browser`, `env.pg` inside the tests.
 */
export function sharedPlayground(): { browser: Browser; pg: Awaited<ReturnType<typeof playground>> } {
  const env = {} as { browser: Browser; pg: Awaited<ReturnType<typeof playground>> };
  beforeAll(async () => {
    env.browser = await launch();
    env.pg = await playground();
  });
  afterAll(async () => {
    await env.pg?.close();
    await env.browser?.close();
  });
  return env;
}
