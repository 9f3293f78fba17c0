/**
 * `baogong serve [--port N] [--host H]`: starts the HTTP server (server/main.ts) in the
 * foreground; PORT and HOST in the environment work too. Same as `npm start`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../../index.ts';
import type { Command } from '../command.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const serveCommand: Command = {
  name: 'serve',
  usage: 'baogong serve [--port 3000] [--host 127.0.0.1]',
  description: t('en', 'cli.help.serve.description'),
  options: { port: { type: 'string' }, host: { type: 'string' } },
  optionHelp: {
    port: 'TCP port to listen on (default 3000, or PORT)',
    host: 'address to listen on; 0.0.0.0 for every interface (default 127.0.0.1, or HOST)',
  },
  example: 'baogong serve --port 8080',
  run(_args, values) {
    const env = {
      ...process.env,
      ...(values.port ? { PORT: String(values.port) } : {}),
      ...(values.host ? { HOST: String(values.host) } : {}),
    };
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, stdio: 'inherit', env });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  },
};
