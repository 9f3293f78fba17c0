/**
 * What every CLI command is: a name, a usage line, its options (node:util parseArgs
 * config) and a run function. Commands live one per file in commands/ and are listed in
 * commands/index.ts; main.ts only parses, dispatches and reports errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BaogongError } from '../index.ts';

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(positionals: string[], values: OptionValues): Promise<void> | void;
}

export function usageError(message: string, command?: Command): never {
  throw new BaogongError('CLI_USAGE', command ? `${message}\nusage: ${command.usage}` : message);
}

/** Parses a command's own arguments, turning parseArgs' errors into CLI_USAGE. */
export function parseCommandArgs(command: Command, args: string[]): { positionals: string[]; values: OptionValues } {
  try {
    const parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, values: parsed.values as OptionValues };
  } catch (err) {
    return usageError((err as Error).message, command);
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
    usageError(`--${name} must be ${allowed.join(', ')}; got ${String(value)}`, command);
  return value as T;
}

/** Requires exactly `n` positional arguments, named in the message. */
export function positionals(command: Command, got: string[], names: string[]): string[] {
  if (got.length < names.length) usageError(`${command.name} needs ${names.join(' and ')}`, command);
  if (got.length > names.length) usageError(`unexpected arguments: ${got.slice(names.length).join(' ')}`, command);
  return got;
}

/** Day-by-day progress on a terminal (stderr, so stdout stays clean for JSON). */
export function progress(label: string): (done: number, total: number) => void {
  return (done, total) => {
    if (!process.stderr.isTTY) return;
    process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
