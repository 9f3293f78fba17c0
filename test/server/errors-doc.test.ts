/** server/errors.ts and docs/server-errors.md list the same codes, statuses and fixes (after fastify's errors test). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, ERROR_CODES } from '../../engine/index.ts';
import { ENGINE_CODE_STATUS, SERVER_ERROR_CODES } from '../../server/errors.ts';

const doc = readFileSync(new URL('../../docs/server-errors.md', import.meta.url), 'utf8');
const section = (heading: string) => doc.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';

describe('server error catalogue', () => {
  it('matches the server table of docs/server-errors.md row for row', () => {
    const rows = [...section('Codes of the server').matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \| ([^|]+) \| ([^|]+) \|$/gm)];
    expect(Object.fromEntries(rows.map((m) => [m[1], { status: Number(m[2]), message: m[3] }]))).toEqual(
      SERVER_ERROR_CODES,
    );
    expect(Object.fromEntries(rows.map((m) => [m[1], m[4]]))).toEqual(CATALOGUES.zh.errors.server);
  });

  it('gives every engine code its status, in the doc too', () => {
    const rows = [...section('Engine codes').matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(Object.fromEntries(rows)).toEqual(ENGINE_CODE_STATUS);
    expect(Object.keys(ENGINE_CODE_STATUS).sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('keeps server codes apart from engine codes, statuses 4xx/5xx', () => {
    for (const code of Object.keys(SERVER_ERROR_CODES)) expect(Object.keys(ERROR_CODES)).not.toContain(code);
    for (const { status } of Object.values(SERVER_ERROR_CODES)) expect(status).toBeGreaterThanOrEqual(400);
  });
});
