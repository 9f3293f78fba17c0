/**
 * The one error catalogue. Every error the engine, CLI or server reports carries a stable
 * code from this table and a message that says how to fix it. docs/errors.md lists the same
 * codes; test/cli/errors-catalogue.test.ts keeps the two in step.
 */
export const ERROR_CODES = {
  SCENARIO_JSON: 'the scenario is not valid JSON; fix the syntax at the position given',
  SCENARIO_SCHEMA: 'a field has the wrong type, range or name; fix the value at the JSON path given',
  SCENARIO_CHECK: 'fields disagree with each other (an unknown id, a window outside the horizon …); follow the message',
  SCENARIO_XLSX:
    'a scenario workbook (.xlsx) has a cell of the wrong type or a value the scenario refuses; fix the cell named (sheet!cell, e.g. sources!E7)',
  SCENARIO_FILE: 'the scenario or a file it names cannot be read; check the path',
  WEATHER_DATA: 'the weather series is malformed or does not cover the horizon; fix the file or the horizon',
  SOLVER_FAILED:
    'the LP solver could not settle a day (the message names the day, the step and the inputs to check); try another solver (`auto`, `glpk`), raise dispatch.timeLimitS, or report the scenario',
  RESULT_NOT_FINITE:
    'a figure of the result came out infinite or not a number (the message names it); check the prices and capacities it is made of',
  BAD_OPTION: 'an option given to the engine is out of range or unknown; the message names it and the allowed values',
  CLI_USAGE: 'the command line is incomplete or has an unknown option; run `baogong --help`',
} as const;

import type { Message } from './i18n/message.ts';

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

  /** `cause`: what a developer needs (a solver's own message), kept out of the message and the JSON. */
  constructor(code: ErrorCode, message: string, problems: readonly Problem[] = [], cause?: string) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BaogongError';
    this.code = code;
    this.problems = problems;
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
