/**
 * The one error catalogue. Every error the engine, CLI or server reports carries a stable
 * code from this table and a message that says how to fix it; the texts, in English and
 * Chinese, live in the i18n catalogue (`errors.code`). docs/errors.md lists the same codes;
 * test/cli/errors-catalogue.test.ts keeps the two in step.
 */
import { errors as en } from './i18n/en/errors.ts';
import type { Message } from './i18n/message.ts';

/** What each code means and how to fix it, in English: the catalogue's `errors.code` (engine/i18n). */
export const ERROR_CODES = en.code;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface Problem {
  /** JSON path of the offending field, e.g. `sources[2].yard` ('' for the whole document). */
  readonly path: string;
  readonly message: string;
  /** The same text as a catalogue key and parameters, so a front end can say it in Chinese (i18n/message.ts). */
  readonly text?: Message;
}

/** An error meant for a person: a code, a message, and the problems by JSON path. */
export class BaogongError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];
  /** The headline message as a catalogue key and parameters, so a front end can say it in Chinese. */
  readonly text?: Message;

  /**
   * `message`: the English text, or what `message(key, params)` gives (the English and its key).
   * `cause`: what a developer needs (a solver's own message), kept out of the message and the JSON.
   */
  constructor(
    code: ErrorCode,
    message: string | { readonly message: string; readonly text?: Message },
    problems: readonly Problem[] = [],
    cause?: string,
  ) {
    super(typeof message === 'string' ? message : message.message, cause === undefined ? undefined : { cause });
    this.name = 'BaogongError';
    this.code = code;
    this.problems = problems;
    if (typeof message !== 'string' && message.text !== undefined) this.text = message.text;
  }

  /** Plain-object form for JSON answers: `{ code, message, problems }`. */
  toJSON(): { code: ErrorCode; message: string; problems: readonly Problem[] } {
    return { code: this.code, message: this.message, problems: this.problems };
  }
}

/** Formats a path array the way people read JSON: `sources[2].yard`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
