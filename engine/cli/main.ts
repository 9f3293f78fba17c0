/**
 * The `baogong` command line: finds the command, parses its arguments, runs it, and turns
 * errors into a message with the JSON path and a non-zero exit (no stack trace unless
 * BAOGONG_DEBUG is set). Commands are in commands/; they import only the public engine API.
 * bin/baogong.js runs it through `runCli` of engine/index.ts.
 */
import { BaogongError, ENGINE_VERSION } from '../index.ts';
import { formatHelp, parseCommandArgs, usageError, wantsHelp, type Command } from './command.ts';
import { COMMANDS } from './commands/index.ts';

const HELP = `usage:\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n  baogong <command> --help     (or baogong help <command>): a command's options, defaults and an example\n  baogong --version`;

/** `baogong --version`: the engine's version (the one every RunResult carries) and Node's. */
export const VERSION_TEXT = `baogong engine ${ENGINE_VERSION}, Node ${process.versions.node}`;

const find = (name: string): Command =>
  COMMANDS.find((c) => c.name === name) ?? usageError(`unknown command \`${name}\`\n${HELP}`);

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION_TEXT}\n`);
    return;
  }
  if (name === 'help' && args.length > 0) {
    if (args.length > 1) usageError(`help takes one command name; got ${args.join(' ')}`);
    process.stdout.write(`${formatHelp(find(args[0]))}\n`);
    return;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const command = find(name);
  if (wantsHelp(args)) {
    process.stdout.write(`${formatHelp(command)}\n`);
    return;
  }
  const { positionals, values } = parseCommandArgs(command, args);
  await command.run(positionals, values);
}

function report(err: unknown): number {
  if (err instanceof BaogongError) {
    process.stderr.write(`error ${err.code}: ${err.message}\n`);
    for (const p of err.problems) process.stderr.write(`  ${p.path || '(document)'}: ${p.message}\n`);
    return 2;
  }
  process.stderr.write(`error: ${(err as Error)?.message ?? String(err)}\n`);
  if (process.env.BAOGONG_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
  return 1;
}

/** Runs one command line and gives the exit status: 0 done, 2 a reported error, 1 an unexpected one. */
export async function runCli(argv: string[]): Promise<number> {
  // a closed pipe (`baogong run … | head`) is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await main(argv);
    // a command may set its own status (validate --format json on a bad scenario, bench and serve passing their child's on)
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return report(err);
  }
}
