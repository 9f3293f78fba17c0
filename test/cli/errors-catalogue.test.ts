/** The error catalogue (engine/errors.ts, its texts in engine/i18n) and docs/errors.md list the same codes with the same text, in English and Chinese. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, ERROR_CODES, ENGINE_VERSION } from '../../engine/index.ts';

describe('error catalogue', () => {
  it('matches docs/errors.md row for row', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| ([^|]+) \|$/gm)];
    expect(Object.fromEntries(rows.map((m) => [m[1], m[2]]))).toEqual(ERROR_CODES);
    expect(Object.fromEntries(rows.map((m) => [m[1], m[3]]))).toEqual(CATALOGUES.zh.errors.code);
  });
  it('reports the package version as the engine version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
