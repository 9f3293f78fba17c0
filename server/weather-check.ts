/**
 * The weather a scenario names, checked on the server before anything is solved, by
 * `POST /v1/scenarios/validate` and `POST /v1/runs` alike:
 *
 * - a CSV file must lie inside the scenarios folder once symlinks are followed
 *   (`fs.realpathSync`), and be a regular file (`FILE_NOT_ALLOWED`);
 * - the horizon's weather must build: the engine's own `horizonWeather`, the one the run
 *   calls (file present, covering the horizon with its lead-in, cold waves inside it).
 *
 * The engine's errors (from here or from a solve on the pool) go to the client through
 * `clientError`: absolute paths made relative to the scenarios folder, and no text read from a
 * file (a CSV header or cell is replaced by `…`).
 */
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  BaogongError,
  type ErrorCode,
  type HorizonWeather,
  horizonWeather,
  type Message,
  message,
  type Problem,
  type Scenario,
} from '../engine/index.ts';
import { ApiError } from './errors.ts';

/** The scenarios folder as an error names it (the library folder, whatever its name on disk). */
const FOLDER_NAME = 'scenarios/';

function inside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * `file`, relative to `dir`, names a regular file inside `root`, links followed; `path` is the
 * field that names it. A missing file is left to whoever reads it.
 */
export function checkFileInside(
  file: string,
  dir: string,
  root: string,
  path: string,
  say: 'errors.http.fileOutside' | 'errors.http.scenarioOutside' = 'errors.http.fileOutside',
): void {
  const target = resolve(dir, file);
  if (isAbsolute(file) || !inside(root, target)) throw new ApiError('FILE_NOT_ALLOWED', { path });
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return;
  }
  if (!inside(realpathSync(root), real) || !statSync(real).isFile())
    throw new ApiError('FILE_NOT_ALLOWED', { ...message(say, { file }), path });
}

/**
 * `weather.file` names a regular file inside `root` (the scenarios folder; `dir` where the
 * scenario's relative paths start, the same unless the scenario sits deeper), links followed;
 * a missing file is left to `weatherFor`.
 */
export function checkWeatherFile(scenario: Scenario, dir: string, root = dir, path = 'weather.file'): void {
  if (scenario.weather.kind !== 'csv') return;
  checkFileInside(scenario.weather.file, dir, root, path);
}

/** Parameters that carry text read from a weather file, by catalogue key. */
const FILE_TEXT_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'problems.weather.badHeader': ['got'],
  'problems.weather.invalidDate': ['date'],
  'problems.weather.notNumber': ['raw'],
  'problems.weather.hours': ['got'],
  'problems.weather.hourRange': ['got'],
};

/** A catalogue text with absolute paths made relative and file text left out; the English re-said from it. */
function cleanText(text: Message, relativise: (s: string) => string): { message: string; text: Message } {
  const hidden = new Set(FILE_TEXT_PARAMS[text.key] ?? []);
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([k, v]) => [k, hidden.has(k) ? '…' : relativise(String(v))]),
  );
  return message(text.key, params);
}

function clean(item: { message: string; text?: Message }, relativise: (s: string) => string) {
  // re-said from the key, so a malformed CSV's parser words (which may quote the file) are left out
  return item.text ? cleanText(item.text, relativise) : { message: relativise(item.message) };
}

/** An engine error as the client sees it: paths relative to the scenarios folder, no file text; a solver's own words only in the log. */
export function clientError(
  err: {
    code: ErrorCode;
    message: string;
    text?: Message;
    problems: readonly Problem[];
    detail?: string;
    cause?: unknown;
  },
  dir: string,
): ApiError {
  const roots = [...new Set([dir, safeRealpath(dir)])].sort((a, b) => b.length - a.length);
  const relativise = (s: string) =>
    roots.reduce((out, root) => out.split(`${root}${sep}`).join('').split(root).join(FOLDER_NAME), s);
  const headline = clean(err, relativise);
  return new ApiError(err.code, {
    ...headline,
    problems: err.problems.map((p) => ({ path: p.path, ...clean(p, relativise) })),
    cause: err.detail ?? err.cause,
  });
}

function safeRealpath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** The horizon's weather exactly as the run builds it, its errors said as `clientError` says them. */
export function weatherFor(scenario: Scenario, dir: string): HorizonWeather {
  try {
    return horizonWeather(scenario, { baseDir: dir });
  } catch (err) {
    if (err instanceof BaogongError) throw clientError(err, dir);
    throw err;
  }
}
