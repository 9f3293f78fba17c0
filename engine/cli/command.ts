/**
 * What every CLI command is: a name, a usage line, its options (node:util parseArgs
 * config), its help (a description, one line per option with its values and default, an
 * example) and a run function. Commands live one per file in commands/ and are listed in
 * commands/index.ts; main.ts only parses, dispatches, prints help and reports errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  BaogongError,
  DISPATCH_MODES,
  LANGS,
  SOLVER_CHOICES,
  WEATHER_KINDS,
  t,
  tryT,
  message,
  type Catalogue,
  type Lang,
  type MessageKey,
  type MessageParams,
} from '../index.ts';
import { displayWidth } from './text-table.ts';

export type OptionValues = Record<string, string | boolean | undefined>;

/** What every command gets beside its own arguments: the language a person reads (`--lang`, else LANG). */
export interface CommandContext {
  readonly lang: Lang;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  /** One paragraph: what the command does and what it prints. */
  readonly description: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Per option (by its long name): what it sets, its values with their unit, its default. */
  readonly optionHelp: Readonly<Record<string, string>>;
  /** One or more example command lines. */
  readonly example: string;
  run(positionals: string[], values: OptionValues, context: CommandContext): Promise<void> | void;
}

/** A run of Latin text, one Chinese character (a line may break after any), or a gap. */
const TOKENS =
  /\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/g;
/** Chinese punctuation that never starts a line, and that never ends one. */
const NO_LINE_START = /^[，。、；：？！）》」』’”]$/;
const NO_LINE_END = /[（《「『‘“]$/;

/**
 * Wraps a paragraph to `width` terminal cells, each line indented by `indent`: English at the
 * spaces, Chinese between any two characters (but not before a closing mark or after an opening one).
 */
function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  let gap = false;
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s/.test(token)) {
      gap = true;
      continue;
    }
    const piece = line && gap ? ` ${token}` : token;
    gap = false;
    if (line && displayWidth(indent + line + piece) > width && !NO_LINE_START.test(token)) {
      // an opening mark goes down with what it opens
      const opening = line.length > 1 && NO_LINE_END.test(line) ? line.slice(-1) : '';
      lines.push(line.slice(0, line.length - opening.length));
      line = opening + token;
    } else line += piece;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The lists help texts name, as `{{modes}}`, `{{solvers}}` and `{{weathers}}` in the catalogue. */
export const HELP_PARAMS: MessageParams = {
  modes: DISPATCH_MODES.join(', '),
  solvers: SOLVER_CHOICES.join(', '),
  weathers: WEATHER_KINDS.join(', '),
};

/**
 * `baogong <command> --help`: usage, description, every option with its values and default
 * (and the global --lang), an example. In Chinese the description and option texts the
 * catalogue has (cli.help.<command>) replace the English; the others stay English.
 */
export function formatHelp(command: Command, lang: Lang = 'en'): string {
  const names = Object.keys(command.options);
  const flag = (name: string) => {
    const short = command.options[name].short;
    const value = command.options[name].type === 'string' ? ' VALUE' : '';
    return `${short ? `-${short}, ` : ''}--${name}${value}`;
  };
  const said = (key: string, english: string | undefined) =>
    (lang === 'en' ? undefined : tryT(lang, `cli.help.${command.name}.${key}`, HELP_PARAMS)) ?? english;
  const options = names.map(
    (n) => `  ${flag(n)}\n${wrap(said(`options.${n}`, command.optionHelp[n]) ?? '(undocumented)', '      ')}`,
  );
  return [
    `${t(lang, 'cli.help.usage')} ${command.usage}`,
    '',
    wrap(said('description', command.description) ?? command.description, ''),
    '',
    t(lang, 'cli.help.options'),
    ...options,
    `  --lang ${LANGS.join('|')}\n${wrap(t(lang, 'cli.help.lang'), '      ')}`,
    `  -h, --help\n      ${t(lang, 'cli.help.thisText')}`,
    '',
    t(lang, 'cli.help.example'),
    ...command.example.split('\n').map((l) => `  ${l}`),
  ].join('\n');
}

/**
 * Takes the global `--lang zh|en` (or `--lang=zh`) out of a command's arguments, before any
 * `--`; without it the language of the environment (LC_ALL, LC_MESSAGES, LANG), else English.
 */
export function takeLang(args: readonly string[], fallback: Lang): { readonly lang: Lang; readonly rest: string[] } {
  const rest: string[] = [];
  let lang = fallback;
  const pick = (value: string | undefined): Lang => {
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
    return usageError(['lang', { allowed: LANGS.join(' or '), got: value ?? 'nothing' }]);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (a === '--lang') lang = pick(args[++i]);
    else if (a.startsWith('--lang=')) lang = pick(a.slice('--lang='.length));
    else rest.push(a);
  }
  return { lang, rest };
}

/** True when the arguments ask for help (`--help` or `-h` before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * A CLI_USAGE error: `detail` is a key of the catalogue's `cli.usageErrors` with its
 * parameters; with a command, its usage line follows (`usage: …` / `用法：…`).
 */
export function usageError(detail: UsageDetail, command?: Command): never {
  const [name, params = {}] = detail;
  const key: MessageKey = name.includes('.') ? (name as MessageKey) : `cli.usageErrors.${name as UsageName}`;
  const said = command
    ? message('cli.usageErrors.withUsage', { detail: key, usage: command.usage, ...params })
    : message(key, params);
  throw new BaogongError('CLI_USAGE', said);
}

type UsageName = Exclude<keyof Catalogue['cli']['usageErrors'], 'kind' | 'bounds' | 'withUsage'>;
/** A `cli.usageErrors` name (or any full catalogue key) and its parameters. */
type UsageDetail = readonly [UsageName | MessageKey, MessageParams?];

/** Parses a command's own arguments, turning parseArgs' errors into CLI_USAGE. */
export function parseCommandArgs(command: Command, args: string[]): { positionals: string[]; values: OptionValues } {
  try {
    const parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, values: parsed.values as OptionValues };
  } catch (err) {
    return usageError(['parse', { message: (err as Error).message }], command);
  }
}

/** Checks a string option against its allowed values. */
export function choice<T extends string>(
  command: Command,
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T))
    usageError(['choice', { name, allowed: allowed.join(', '), got: String(value) }], command);
  return value as T;
}

/** Requires exactly `n` positional arguments, named in the message. */
export function positionals(command: Command, got: string[], names: string[]): string[] {
  if (got.length < names.length) usageError(['needs', { command: command.name, names: names.join(' and ') }], command);
  if (got.length > names.length) usageError(['unexpected', { args: got.slice(names.length).join(' ') }], command);
  return got;
}

/** Day-by-day progress on a terminal (stderr, so stdout stays clean for JSON). */
export function progress(label: string): (done: number, total: number) => void {
  return (done, total) => {
    if (!process.stderr.isTTY) return;
    process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

/** A result on stdout as the user asked: JSON (one line), CSV (the command's columns with units) or the table. */
export function writeResult<T>(
  format: 'json' | 'csv' | 'table' | undefined,
  result: T,
  toCsv: (r: T) => string,
  toTable: (r: T) => string,
): void {
  process.stdout.write(
    format === 'json' ? `${JSON.stringify(result)}\n` : format === 'csv' ? toCsv(result) : `${toTable(result)}\n`,
  );
}
