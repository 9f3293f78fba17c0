/**
 * Whether the server may start as asked: on a loopback address (127.0.0.0/8, ::1, localhost)
 * it may without keys (one user on their own machine); on any other it refuses while the
 * database holds no live key, unless told `--no-auth` (or BAOGONG_NO_AUTH=1). With a key in
 * the database, auth is on whatever the address (server/auth.ts).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { KeyStore } from './keys.ts';

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/** Whether the store file holds a live key (false when the file or its keys table is not there yet). */
export function fileHasKeys(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'keys'").get();
    return table !== undefined && new KeyStore(db).hasKeys();
  } finally {
    db.close();
  }
}

export const noAuthAsked = (argv: readonly string[], env: NodeJS.ProcessEnv): boolean =>
  argv.includes('--no-auth') || env.BAOGONG_NO_AUTH === '1';

/** Why the server must not start, in words for the operator; null when it may. */
export function startRefusal(host: string, hasKeys: boolean, noAuth: boolean): string | null {
  if (hasKeys || noAuth || isLoopback(host)) return null;
  return [
    `baogong: refusing to listen on ${host} without API keys: anyone who reaches that address could run, change and delete every run.`,
    'Create a key first (with the same BAOGONG_DATA_DIR or BAOGONG_DB as the server):',
    '  npx baogong keys create --role admin --name <your name>',
    'then send it as `Authorization: Bearer <key>`; the page asks for it. To serve without keys on purpose:',
    '  npm start -- --no-auth   (or BAOGONG_NO_AUTH=1)',
  ].join('\n');
}
