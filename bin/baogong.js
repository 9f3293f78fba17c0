#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
// the CLI is a front-end of the engine (engine/cli/), so it is loaded directly, not through engine/index.ts
const { runCli } = await import('../engine/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
