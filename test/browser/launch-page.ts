/**
 * The page's browser tests' common start: the app on 127.0.0.1 with a fresh store, and headless
 * Chromium (test/support/chromium.ts) in a fresh profile, optionally with the system's fonts cut
 * down to DejaVu (no CJK font at all: FONTCONFIG_FILE names a fonts.conf listing only that
 * folder), as on a machine where Chinese would draw as empty boxes without the web font.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium.ts';

export interface PageSession {
  readonly base: string;
  readonly app: FastifyInstance;
  /** Opens a fresh browser (its own profile, so no cache and no stored language); all closed by close(). */
  browser(options?: BrowserOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** Only DejaVu as system fonts (default false). */
  readonly noCjkFonts?: boolean;
  /** navigator.language (default en-US). */
  readonly locale?: string;
  readonly viewport?: { width: number; height: number };
}

/** A fonts.conf that lists DejaVu's folder and nothing else. */
function dejaVuOnly(dir: string): string {
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}

/**
 * `dbFile`: the store to serve (a test that made API keys in it); default a fresh one.
 * `options`: more of buildApp's options (a study queue, a library folder).
 */
export async function startPageSession(
  dbFile?: string,
  options: { readonly queueUrl?: string; readonly libraryDir?: string } = {},
): Promise<PageSession> {
  const { buildApp } = await import('../../server/app.ts');
  const dirs: string[] = [];
  const contexts: BrowserContext[] = [];
  const temp = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  const app = buildApp({
    dbFile: dbFile ?? join(temp('baogong-page-db-'), 'runs.db'),
    rateLimitPerMinute: 0,
    ...options,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');

  return {
    base,
    app,
    async browser(options = {}) {
      const env: Record<string, string> = Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
      );
      if (options.noCjkFonts) env.FONTCONFIG_FILE = dejaVuOnly(temp('baogong-fonts-'));
      const context = await chromium.launchPersistentContext(temp('baogong-chromium-'), {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
        env,
        locale: options.locale ?? 'en-US',
        viewport: options.viewport ?? { width: 1200, height: 1000 },
      });
      contexts.push(context);
      const page = context.pages()[0] ?? (await context.newPage());
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await app.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}
