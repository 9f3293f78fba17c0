/**
 * The README's screenshots of the page, docs/images/page-zh.png and page-en.png: the demo run
 * with a strong cold wave and a gas cut, summary and charts shown. The Chinese one is taken
 * with only DejaVu as system fonts, so every Chinese character in it is the web font's.
 * Skipped unless BAOGONG_SCREENSHOTS=1 (`BAOGONG_SCREENSHOTS=1 npx vitest run test/browser/screenshots.test.ts`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/chromium.ts';
import { type PageSession, startPageSession } from './launch-page.ts';

declare const document: {
  body: { dataset: Record<string, string | undefined> };
  querySelectorAll(selector: string): { length: number };
};

const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));
const wanted = process.env.BAOGONG_SCREENSHOTS === '1' && existsSync(CHROMIUM);

describe.skipIf(!wanted)('the README screenshots', () => {
  let session: PageSession;
  beforeAll(async () => {
    session = await startPageSession();
    mkdirSync(IMAGES, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  for (const lang of ['zh', 'en'] as const)
    it(`takes docs/images/page-${lang}.png`, async () => {
      const { page } = await session.browser({ noCjkFonts: lang === 'zh', viewport: { width: 1200, height: 2900 } });
      await page.goto(`${session.base}/?lang=${lang}`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
      await page.check('#cw-on');
      await page.fill('#cw-start', '2013-01-08');
      await page.fill('#cw-days', '6');
      await page.selectOption('#cw-grade', 'strong');
      await page.check('#gas-on');
      await page.fill('#gas-pct', '40');
      await page.fill('#gas-start', '2013-01-10');
      await page.fill('#gas-days', '5');
      await page.selectOption('#mode', 'season');
      await page.fill('#run-label', lang === 'zh' ? '强寒潮叠加气源压减' : 'strong wave, gas cut');
      await page.click('#run');
      await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state ?? ''), null, {
        timeout: 120_000,
      });
      expect(await page.evaluate(() => document.body.dataset.state)).toBe('done');
      await page.waitForFunction(() => document.querySelectorAll('#charts [data-rendered="true"]').length === 6);
      await page.waitForSelector('#cw-preview[data-state="ready"]');
      // the web font drawn (the 中文 of the switch on the English page too)
      await page.waitForFunction(() =>
        (document as unknown as { fonts: { check(f: string, t: string): boolean } }).fonts.check(
          '16px "Noto Sans SC"',
          '中文',
        ),
      );
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(IMAGES, `page-${lang}.png`) });
    }, 180_000);
});
