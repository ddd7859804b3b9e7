import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { startTestService, TestService } from '../support';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The desk this test run built (see build.global-setup.js). */
export function webDeskDir(): string {
  const dir = process.env.FACTCHECK_TEST_WEB_DESK_DIR;
  if (!dir) throw new Error('run the browser tests with jest -c jest.web.config.js (its global setup builds the desk)');
  return dir;
}
/** Kept out of git (test-output/ is ignored); CI can keep them as artifacts. */
const SCREENSHOT_DIR = join(__dirname, '../../test-output/screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Desk {
  service: TestService;
  baseUrl: string;
  context: BrowserContext;
  /** A new tab: sessionStorage is per tab, so each tab signs in as its own person. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** Every problem the pages reported: uncaught errors, console errors (CSP violations among them). */
  pageErrors: string[];
  stop(): Promise<void>;
}

/** The API (and worker) in this process on a free port, and Debian's Chromium with a profile of its own. */
export async function startDesk(options: { env?: Record<string, string> } = {}): Promise<Desk> {
  const service = await startTestService({ env: { WEB_DESK_DIR: webDeskDir(), ...options.env } });
  await service.api.listen(0, '127.0.0.1');
  const { port } = service.api.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const profile = mkdtempSync(join(tmpdir(), 'factcheck-desk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    baseURL: baseUrl,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(15000);
  const pageErrors: string[] = [];
  // A 4xx the desk handles (409 on a taken claim, 204 handled) is logged by Chromium as a failed resource; the desk's
  // own mistakes and CSP refusals are what matter.
  const watch = (page: Page) => watchPageErrors(page, pageErrors);
  context.on('page', watch);
  context.pages().forEach(watch);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    service,
    baseUrl,
    context,
    pageErrors,
    newPage: async ({ viewport } = {}) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    stop: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      await service.stop();
    },
  };
}

/**
 * A second Chromium with no profile, for readers who are not at the desk: its contexts start with no key, no cookies
 * and no storage, and may turn JavaScript off. The caller closes it.
 */
export async function launchReaderBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Records a page's uncaught errors and console errors (CSP refusals among them) in `errors`. */
export function watchPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      errors.push(`console: ${message.text()}`);
  });
}

export async function signIn(page: Page, key: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

/** The whole page, or with `firstScreen` only what the viewport shows (what a phone shows before scrolling). */
export async function screenshot(page: Page, name: string, { firstScreen = false } = {}): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: !firstScreen });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page (WCAG 2.1 A and AA: labels, contrast, names, landmarks) and returns the serious and
 * critical violations. Evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations)`,
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}
