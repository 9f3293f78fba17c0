/**
 * Every engine code (`ERROR_CODES`) and every server code (`SERVER_ERROR_CODES`) has its text
 * in both languages under `errors`, with the same parameters, and the code tables read their
 * English from the catalogue (one home for each text). Every key the engine's errors and
 * problems nest (`$t(…)`) exists, so no Chinese text shows a raw key.
 */
import { describe, expect, it } from 'vitest';
import { leaves } from '../support/catalogue-leaves.ts';
import { CATALOGUES, ERROR_CODES, t } from '../../engine/index.ts';
import { SERVER_ERROR_CODES } from '../../server/errors.ts';

const HAN = /\p{Script=Han}/u;
const params = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Codes without a text in one language, or whose texts take different parameters. */
function missing(codes: readonly string[], part: 'code' | 'server'): string[] {
  const en = CATALOGUES.en.errors[part] as Record<string, string>;
  const zh = CATALOGUES.zh.errors[part] as Record<string, string>;
  return codes.filter(
    (c) =>
      typeof en[c] !== 'string' ||
      typeof zh[c] !== 'string' ||
      !HAN.test(zh[c]) ||
      JSON.stringify(params(en[c])) !== JSON.stringify(params(zh[c])),
  );
}

describe('the errors part of the catalogue', () => {
  it('has every engine code in English and Chinese', () => {
    expect(missing(Object.keys(ERROR_CODES), 'code')).toEqual([]);
    for (const [code, text] of Object.entries(ERROR_CODES)) expect(t('en', `errors.code.${code}` as never)).toBe(text);
  });

  it('has every server code in English and Chinese, and the server table reads it', () => {
    expect(missing(Object.keys(SERVER_ERROR_CODES), 'server')).toEqual([]);
    for (const [code, { message }] of Object.entries(SERVER_ERROR_CODES))
      expect(CATALOGUES.en.errors.server[code as keyof typeof SERVER_ERROR_CODES]).toBe(message);
  });

  it('names no code the tables do not have', () => {
    expect(Object.keys(CATALOGUES.en.errors.code).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    expect(Object.keys(CATALOGUES.en.errors.server).sort()).toEqual(Object.keys(SERVER_ERROR_CODES).sort());
  });

  it('nests only keys that exist (a `$t(…)` with a fixed key), in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const all = leaves(CATALOGUES[lang]);
      const nested = [...all.values()].flatMap((text) =>
        [...text.matchAll(/\$t\(([^)]+)\)/g)].map((m) => m[1]).filter((k) => !k.includes('{{')),
      );
      expect(nested.filter((k) => !all.has(k))).toEqual([]);
    }
  });

  it('the check itself can fail: a code with no Chinese is found', () => {
    expect(missing([...Object.keys(ERROR_CODES), 'NO_SUCH_CODE'], 'code')).toEqual(['NO_SUCH_CODE']);
  });
});
