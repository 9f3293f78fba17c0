/**
 * The Chinese page draws its characters with the web font on a machine without a CJK font:
 * Chromium runs with only DejaVu as system fonts. Tofu boxes look alike whatever the
 * character, real glyphs do not, so the glyph check renders a few characters of the headings
 * one by one and asks that no two look alike and none is blank. The same page with the font
 * request aborted must fail that check (the test can fail), and its heading must look
 * different from the one drawn with the font.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/chromium.ts';
import { type PageSession, startPageSession } from './launch-page.ts';

/** The page's globals as the callbacks below use them (they run in the browser; tsconfig has no DOM lib). */
declare const document: {
  body: { dataset: Record<string, string | undefined>; append(e: unknown): void };
  fonts: { ready: Promise<unknown>; load(font: string, text: string): Promise<unknown[]> };
  querySelector(selector: string): { textContent: string | null } | null;
  createElement(tag: string): {
    id: string;
    style: { cssText: string };
    textContent: string | null;
    dataset: Record<string, string>;
    append(e: unknown): void;
  };
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED test/browser/web-font.test.ts: ${CHROMIUM} is absent`);

const HEADING = '#setup-h';
const OUT = fileURLToPath(new URL('./out/', import.meta.url));

interface Rendered {
  heading: Buffer;
  characters: string[];
  glyphs: Buffer[];
  blank: Buffer;
}

/** The zh page, its heading's screenshot, and one screenshot per character of two headings (and of a blank). */
async function render(page: Page, base: string): Promise<Rendered> {
  await page.goto(`${base}/?lang=zh`);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 30_000 });
  const characters = await page.evaluate(async () => {
    const han = /\p{Script=Han}/u;
    const text = `${document.querySelector('#setup-h')?.textContent ?? ''}${document.querySelector('#history-h')?.textContent ?? ''}`;
    const chars = [...new Set([...text].filter((c) => han.test(c)))].slice(0, 8);
    const probe = document.createElement('div');
    probe.id = 'glyph-probe';
    probe.style.cssText =
      'position:fixed;top:0;left:0;z-index:99999;background:#fff;color:#000;font-size:32px;line-height:40px;padding:8px;display:flex;gap:8px';
    for (const c of [...chars, '\u00a0']) {
      const span = document.createElement('span');
      span.style.cssText = 'display:inline-block;width:40px;height:40px;text-align:center';
      span.textContent = c;
      span.dataset.ch = c === '\u00a0' ? 'blank' : c;
      probe.append(span);
    }
    document.body.append(probe);
    await document.fonts.load('32px "Noto Sans SC"', chars.join('')).catch(() => []);
    await document.fonts.ready;
    return chars;
  });
  const shot = (sel: string) => page.locator(sel).screenshot({ animations: 'disabled' });
  const glyphs: Buffer[] = [];
  for (const c of characters) glyphs.push(await shot(`#glyph-probe [data-ch="${c}"]`));
  const blank = await shot('#glyph-probe [data-ch="blank"]');
  await page.evaluate(() => (document.querySelector('#glyph-probe') as unknown as { remove(): void }).remove());
  const heading = await shot(HEADING);
  return { heading, characters, glyphs, blank };
}

/** Real glyphs: every character drawn differs from every other and from a blank. */
function glyphProblems(r: Rendered): string[] {
  const problems: string[] = [];
  if (r.glyphs.length < 4) problems.push(`only ${r.glyphs.length} characters to compare`);
  r.glyphs.forEach((g, i) => {
    if (g.equals(r.blank)) problems.push(`${r.characters[i]} draws nothing`);
    for (let j = 0; j < i; j++)
      if (g.equals(r.glyphs[j])) problems.push(`${r.characters[i]} looks like ${r.characters[j]} (boxes)`);
  });
  return problems;
}

describe.skipIf(!haveChromium)('the Chinese page on a machine without CJK fonts', () => {
  let session: PageSession;
  let withFont: Rendered;

  beforeAll(async () => {
    session = await startPageSession();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  it('draws the headings as glyphs with the web font', async () => {
    const { page } = await session.browser({ noCjkFonts: true });
    const fonts: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/fonts/')) fonts.push(`${r.status()} ${r.headers()['content-type']}`);
    });
    withFont = await render(page, session.base);
    expect(fonts).toContain('200 font/woff2');
    expect(withFont.characters.join('')).toMatch(/^情景与推演条件/);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'heading-zh-web-font.png'), withFont.heading);
    expect(glyphProblems(withFont)).toEqual([]);
  }, 30_000);

  it('draws boxes when the web font is blocked, and the glyph check says so', async () => {
    const { context, page } = await session.browser({ noCjkFonts: true });
    await context.route('**/fonts/*.woff2', (route) => route.abort());
    const blocked = await render(page, session.base);
    writeFileSync(join(OUT, 'heading-zh-font-blocked.png'), blocked.heading);
    expect(blocked.characters).toEqual(withFont.characters);
    expect(glyphProblems(blocked).length).toBeGreaterThan(0);
    expect(blocked.heading.equals(withFont.heading)).toBe(false);
  }, 30_000);
});
