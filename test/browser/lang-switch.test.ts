/**
 * The page's 中文 / English switch in Chromium: the page opens in the browser's language, the
 * switch turns the headings, a table header, the status line and the run's texts Chinese
 * without losing what the user typed, re-asks the charts in Chinese, is remembered across a
 * reload, and `?lang=en` in the address wins over the remembered choice.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/chromium.ts';
import { type PageSession, startPageSession } from './launch-page.ts';

declare const document: {
  body: { dataset: Record<string, string | undefined> };
  documentElement: { lang: string };
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED test/browser/lang-switch.test.ts: ${CHROMIUM} is absent`);

const waitFor = (page: Page, ...states: string[]) =>
  page.waitForFunction((w) => w.includes(document.body.dataset.state ?? ''), states, { timeout: 60_000 });
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const header = (page: Page, key: string) => page.textContent(`#runs thead th[data-i18n="page.history.${key}"]`);

describe.skipIf(!haveChromium)('the language switch', () => {
  let session: PageSession;
  beforeAll(async () => {
    session = await startPageSession();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  it('switches an English page to Chinese, keeps the inputs, re-asks the charts, remembers the choice', async () => {
    const { page } = await session.browser({ locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const chartUrls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/charts/')) chartUrls.push(r.url());
    });
    await page.goto(`${session.base}/`);
    await waitFor(page, 'ready');
    expect(await htmlLang(page)).toBe('en');
    expect(await page.textContent('#setup-h')).toBe('1 · Scenario and what-if');
    expect(await header(page, 'created')).toBe('Created (UTC)');

    // a quick run (one LP) so there are charts and a summary to re-render
    await page.selectOption('#mode', 'season');
    await page.fill('#run-label', 'my label');
    await page.click('#run');
    await waitFor(page, 'done', 'error');
    expect(await page.textContent('#status')).toMatch(/^Run \S+ solved in/);
    await page.fill('#cw-days', '9');

    chartUrls.length = 0;
    await page.click('#lang-switch [data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('#setup-h')).toBe('1 · 情景与推演条件');
    expect(await header(page, 'created')).toBe('创建时间（UTC）');
    expect(await header(page, 'unservedHeat')).toBe('缺供热量');
    expect(await page.textContent('#status')).toMatch(/^运行 \S+ 已完成，用时 [\d.]+ 秒。$/);
    expect(await page.textContent('#summary [data-field="days"]')).toBe('121 天');
    expect(await page.getAttribute('#lang-switch [data-lang="zh"]', 'aria-pressed')).toBe('true');
    // the inputs stay
    expect(await page.inputValue('#cw-days')).toBe('9');
    expect(await page.inputValue('#run-label')).toBe('my label');
    expect(await page.inputValue('#mode')).toBe('season');
    // the charts are asked for again, in Chinese
    await page.waitForFunction(
      () =>
        (document as unknown as { querySelectorAll(s: string): { length: number } }).querySelectorAll(
          '#charts [data-rendered="true"]',
        ).length === 6,
    );
    expect(chartUrls.length).toBe(6);
    expect(chartUrls.every((u) => u.endsWith('.json?lang=zh'))).toBe(true);
    // the runs table's what-if is Chinese too
    expect(await page.textContent('#runs tbody td[data-field="what-if"]')).toMatch(/^基准；/);

    await page.reload();
    await waitFor(page, 'ready');
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await page.textContent('#setup-h')).toBe('1 · 情景与推演条件');
    expect(await header(page, 'run')).toBe('运行');

    await page.goto(`${session.base}/?lang=en`);
    await waitFor(page, 'ready');
    expect(await htmlLang(page)).toBe('en');
    expect(await page.textContent('#setup-h')).toBe('1 · Scenario and what-if');
    expect(await header(page, 'run')).toBe('Run');
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens in Chinese when the browser asks for Chinese', async () => {
    const { page } = await session.browser({ locale: 'zh-CN' });
    await page.goto(`${session.base}/`);
    await waitFor(page, 'ready');
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await page.textContent('#status')).toMatch(/^情景 demo_beijing_2012 已加载/);
    expect(await page.textContent('#cw-grade option[value="extreme"]')).toBe('特强寒潮');
  }, 30_000);
});
