/**
 * The page under its Content-Security-Policy in headless Chromium: it loads, previews a cold
 * wave, runs the demo (season mode) with the wave, draws the six charts, shows a chart's
 * tooltip and compares two runs, and no CSP violation is reported on the way, neither as a
 * `securitypolicyviolation` event nor on the console. So the policy (no inline script, no
 * eval) and the page agree; a page needing eval for vega would be caught here.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_NAMES } from '../../engine/index.ts';
import { CHROMIUM } from '../support/chromium.ts';
import { type PageSession, startPageSession } from './launch-page.ts';

/** The page's globals as the callbacks below use them (they run in the browser; tsconfig has no DOM lib). */
declare const document: {
  body: { dataset: Record<string, string | undefined> };
  querySelector(selector: string): unknown;
  addEventListener(type: string, fn: (e: { violatedDirective: string; blockedURI: string }) => void): void;
};
declare const window: { __cspViolations: string[] };

const DEMO = 'demo_beijing_2012';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED test/browser/csp.test.ts: ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('the page under its Content-Security-Policy', () => {
  let session: PageSession;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    session = await startPageSession();
    ({ page } = await session.browser());
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
  }, 60_000);
  afterAll(() => session?.close());

  const waitForState = (...wanted: string[]) =>
    page.waitForFunction((w) => w.includes(document.body.dataset.state ?? ''), wanted, { timeout: 150_000 });

  async function run(): Promise<string> {
    await page.click('#run');
    await waitForState('done', 'error');
    await page.waitForFunction(
      (names) => names.every((n) => document.querySelector(`#chart-${n}[data-rendered="true"] svg`)),
      [...CHART_NAMES],
      { timeout: 60_000 },
    );
    return (await page.textContent('#run-id')) ?? '';
  }

  it('sends the policy with the page', async () => {
    const res = await fetch(`${session.base}/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  });

  it('runs, draws, shows a tooltip and compares with no policy violation', async () => {
    await page.goto(`${session.base}/`);
    await waitForState('ready');
    await page.selectOption('#scenario', DEMO);
    await waitForState('ready');
    await page.selectOption('#mode', 'season');
    await page.check('#cw-on');
    await page.fill('#cw-start', '2013-01-08');
    await page.fill('#cw-days', '4');
    await page.waitForSelector('#cw-preview[data-state="ready"] svg', { timeout: 30_000 });
    const first = await run();
    await page.hover('#chart-temperature svg path', { force: true });
    await page.waitForTimeout(300);
    await page.selectOption('#setpoint', '20');
    const second = await run();
    expect(second).not.toBe(first);
    await page.check(`#runs tbody tr[data-run-id="${first}"] input[type=checkbox]`);
    await page.check(`#runs tbody tr[data-run-id="${second}"] input[type=checkbox]`);
    await page.click('#compare');
    await page.waitForSelector('#chart-compare[data-rendered="true"] svg', { timeout: 60_000 });

    const violations = await page.evaluate(() => window.__cspViolations);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }, 200_000);
});
