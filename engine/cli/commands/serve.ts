/**
 * `baogong serve [--port N] [--host H]`: starts the HTTP server (server/main.ts) in the
 * foreground; PORT and HOST in the environment work too. Same as `npm start`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../command.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const serveCommand: Command = {
  name: 'serve',
  usage: 'baogong serve [--port 3000] [--host 127.0.0.1]',
  options: { port: { type: 'string' }, host: { type: 'string' } },
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
