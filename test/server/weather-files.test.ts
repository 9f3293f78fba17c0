/**
 * Files a posted scenario names, and validate = runs: a weather file must lie inside the
 * scenarios folder once links are followed (a link to /etc/passwd is refused without echoing
 * it), errors name files relative to that folder and never quote a file, and
 * POST /v1/scenarios/validate rejects every input POST /v1/runs rejects before solving, with
 * the same code and path.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { oneDayCoal } from './helpers.ts';

const lib = mkdtempSync(join(tmpdir(), 'baogong-files-'));
const outside = mkdtempSync(join(tmpdir(), 'baogong-outside-'));
const SECRET = 'top-secret-header-words';
let app: FastifyInstance;
const bodies: string[] = [];

/** Five days of weather as the CSV reader wants it, 2013-01-06 … 2013-01-10. */
const csv = [
  'date,t_mean_c,t_min_c,t_max_c',
  ...[6, 7, 8, 9, 10].map((d) => `2013-01-${String(d).padStart(2, '0')},-3,-6,0`),
].join('\n');

/** The same days as hourly readings (`date,hour,t_c`), each day −6 … 0 °C; one with a secret for an hour. */
const hourlyCsv = (hourOf: (h: number) => string = String) =>
  [
    'date,hour,t_c',
    ...[6, 7, 8, 9, 10].flatMap((d) =>
      Array.from(
        { length: 24 },
        (_, h) => `2013-01-${String(d).padStart(2, '0')},${hourOf(h)},${-Math.abs(h - 12) / 2}`,
      ),
    ),
  ].join('\n');

beforeAll(() => {
  mkdirSync(join(lib, 'data'));
  writeFileSync(join(lib, 'data', 'ok.csv'), `${csv}\n`);
  writeFileSync(join(lib, 'data', 'hourly.csv'), `${hourlyCsv()}\n`);
  writeFileSync(join(lib, 'data', 'hourly-secret.csv'), `${hourlyCsv((h) => (h === 5 ? SECRET : String(h)))}\n`);
  writeFileSync(join(lib, 'data', 'secret.csv'), `${SECRET},a,b,c\n2013-01-10,1,2,3\n`);
  writeFileSync(join(outside, 'w.csv'), `${csv}\n`);
  symlinkSync('/etc/passwd', join(lib, 'data', 'passwd.csv'));
  symlinkSync(join(outside, 'w.csv'), join(lib, 'data', 'elsewhere.csv'));
  symlinkSync(outside, join(lib, 'linked-dir'));
  symlinkSync('ok.csv', join(lib, 'data', 'alias.csv'));
  app = buildApp({ libraryDir: lib, rateLimitPerMinute: 0, workers: 1 });
});

afterAll(async () => {
  await app.close();
  rmSync(lib, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const withWeather = (weather: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...oneDayCoal(),
  weather: { designOutdoorTempC: -10, ...weather },
  ...extra,
});
const csvWeather = (file: string) => withWeather({ kind: 'csv', file });

async function post(url: string, body: unknown, lang = 'en') {
  const res = await app.inject({ method: 'POST', url, payload: body as object, headers: { 'accept-language': lang } });
  bodies.push(res.body);
  return res;
}

describe('weather files', () => {
  it('refuses a link to /etc/passwd without echoing it, on validate and runs', async () => {
    for (const url of ['/v1/scenarios/validate', '/v1/runs']) {
      const res = await post(url, csvWeather('data/passwd.csv'));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'FILE_NOT_ALLOWED', path: 'weather.file' });
      expect(res.json().message).toContain('data/passwd.csv');
      expect(res.body).not.toMatch(/root:|\/etc\/passwd|\/bin\//);
    }
  });

  it('refuses a link to a file or folder outside, and a folder named as the file', async () => {
    for (const file of ['data/elsewhere.csv', 'linked-dir/w.csv', 'data', '../x.csv', '/etc/passwd']) {
      const res = await post('/v1/scenarios/validate', csvWeather(file));
      expect(res.json(), file).toMatchObject({ code: 'FILE_NOT_ALLOWED', path: 'weather.file' });
      expect(res.body).not.toContain(outside);
    }
  });

  it('follows a link that stays inside the folder', async () => {
    const res = await post('/v1/scenarios/validate', csvWeather('data/alias.csv'));
    expect(res.statusCode).toBe(200);
  });

  it('names a missing file relative to the scenarios folder, in both languages', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const res = await post('/v1/runs', csvWeather('data/missing.csv'), lang);
      expect(res.json()).toMatchObject({ code: 'SCENARIO_FILE', path: 'weather.file' });
      expect(res.json().message).toContain('data/missing.csv');
      expect(res.json().problems[0].message).toContain('data/missing.csv');
    }
  });

  it('never quotes a weather file in an error', async () => {
    const res = await post('/v1/runs', csvWeather('data/secret.csv'));
    expect(res.json()).toMatchObject({ code: 'WEATHER_DATA' });
    expect(res.body).not.toContain(SECRET);
  });

  it('takes an hourly file, on validate and runs, and never quotes its cells', async () => {
    expect((await post('/v1/scenarios/validate', csvWeather('data/hourly.csv'))).json()).toMatchObject({ ok: true });
    const run = await post('/v1/runs', csvWeather('data/hourly.csv'));
    expect(run.statusCode).toBeLessThan(300);
    for (const lang of ['en', 'zh-CN']) {
      const res = await post('/v1/scenarios/validate', csvWeather('data/hourly-secret.csv'), lang);
      expect(res.json()).toMatchObject({ ok: false, code: 'WEATHER_DATA' });
      expect(res.json().problems[0].message).toContain('data/hourly-secret.csv:7');
      expect(res.body).not.toContain(SECRET);
    }
  });

  it('puts no absolute server path in any answer above', () => {
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies)
      for (const p of ['/work', '/tmp', tmpdir(), realpathSync(tmpdir()), process.cwd(), lib])
        expect(body).not.toContain(p);
  });
});

describe('validate = runs', () => {
  const inline = [5, 6, 7, 8, 9, 10].map((d) => ({
    date: `2013-01-${String(d).padStart(2, '0')}`,
    tMeanC: -3,
    tMinC: -6,
    tMaxC: 0,
  }));
  const cases: Array<[string, unknown, string, string]> = [
    ['weather file missing', csvWeather('data/missing.csv'), 'SCENARIO_FILE', 'weather.file'],
    [
      'weather not covering the horizon',
      { ...csvWeather('data/ok.csv'), horizon: { start: '2013-01-09', end: '2013-01-12' } },
      'WEATHER_DATA',
      'weather',
    ],
    [
      'inline weather not covering the horizon',
      withWeather({ kind: 'inline', days: inline.slice(0, 3) }),
      'SCENARIO_CHECK',
      'weather.days',
    ],
    [
      'cold wave on the first day of the weather (no day to drop from)',
      withWeather(
        { kind: 'inline', days: inline.slice(5) },
        { coldWaves: [{ start: '2013-01-10', grade: 'strong', days: 1 }] },
      ),
      'WEATHER_DATA',
      'weather',
    ],
  ];
  it.each(cases)('%s: validate answers as runs does', async (_name, body, code, path) => {
    const runs = await post('/v1/runs', body);
    const validate = await post('/v1/scenarios/validate', body);
    expect(runs.statusCode).toBe(400);
    expect(runs.json()).toMatchObject({ code, path });
    expect(validate.statusCode).toBe(400);
    expect(validate.json()).toMatchObject({ ok: false, code, path });
    expect(validate.json().problems).toEqual(runs.json().problems);
  });

  it('still says ok for the same scenario with its weather whole', async () => {
    const res = await post('/v1/scenarios/validate', csvWeather('data/ok.csv'));
    expect(res.json()).toMatchObject({ ok: true });
  });
});
