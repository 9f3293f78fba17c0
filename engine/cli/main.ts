/**
 * The `baogong` command line: finds the command, parses its arguments (and the global
 * `--lang zh|en`), runs it, and turns errors into a message with the JSON path and a non-zero
 * exit (no stack trace unless BAOGONG_DEBUG is set). Commands are in commands/; they import
 * only the public engine API. bin/baogong.js runs it through `runCli` of engine/index.ts.
 */
import { BaogongError, ENGINE_VERSION, langFromEnv, localizeError, t, type Lang } from '../index.ts';
import { formatHelp, parseCommandArgs, takeLang, usageError, wantsHelp, type Command } from './command.ts';
import { COMMANDS } from './commands/index.ts';

const help = (lang: Lang) =>
  `${t(lang, 'cli.help.usage')}\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n  ${t(lang, 'cli.help.keys')}\n  ${t(lang, 'cli.help.commandHelp')}\n  baogong --version\n\n${t(lang, 'cli.help.globalLang')}`;

/** `baogong --version`: the engine's version (the one every RunResult carries) and Node's. */
export const VERSION_TEXT = `baogong engine ${ENGINE_VERSION}, Node ${process.versions.node}`;

const find = (name: string, lang: Lang): Command =>
  COMMANDS.find((c) => c.name === name) ?? usageError(['unknownCommand', { name, help: help(lang) }]);

async function main(argv: string[], lang: Lang): Promise<void> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION_TEXT}\n`);
    return;
  }
  if (name === 'help' && args.length > 0) {
    if (args.length > 1) usageError(['helpOne', { args: args.join(' ') }]);
    process.stdout.write(`${formatHelp(find(args[0], lang), lang)}\n`);
    return;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help(lang)}\n`);
    return;
  }
  const command = find(name, lang);
  if (wantsHelp(args)) {
    process.stdout.write(`${formatHelp(command, lang)}\n`);
    return;
  }
  const { positionals, values } = parseCommandArgs(command, args);
  await command.run(positionals, values, { lang });
}

function report(err: unknown, lang: Lang): number {
  if (err instanceof BaogongError) {
    const said = localizeError(err, lang);
    process.stderr.write(`${t(lang, 'cli.error.headline', { code: said.code, message: said.message })}\n`);
    for (const p of said.problems)
      process.stderr.write(`  ${p.path || t(lang, 'cli.error.document')}${t(lang, 'cli.error.pathSep')}${p.message}\n`);
    return 2;
  }
  process.stderr.write(`${t(lang, 'cli.error.unexpected', { message: (err as Error)?.message ?? String(err) })}\n`);
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
  let lang = langFromEnv(process.env);
  try {
    const taken = takeLang(argv, lang);
    lang = taken.lang;
    await main(taken.rest, lang);
    // a command may set its own status (validate --format json on a bad scenario, bench and serve passing their child's on)
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return report(err, lang);
  }
}
