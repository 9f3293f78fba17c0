#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
if (args[0] === 'keys') {
  // the server's API keys live in its database: the one command of the server's own (server/keys-cli.ts)
  const { runKeysCli } = await import('../server/keys-cli.ts');
  process.exitCode = runKeysCli(args.slice(1));
} else {
  // the CLI is a front-end of the engine (engine/cli/), so it is loaded directly, not through engine/index.ts
  const { runCli } = await import('../engine/cli/main.ts');
  process.exitCode = await runCli(args);
}
