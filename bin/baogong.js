#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../engine/index.ts');
process.exitCode = await runCli(process.argv.slice(2));
