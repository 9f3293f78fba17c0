/**
 * `baogong keys create --role reader|runner|admin --name NAME [--expires YYYY-MM-DD | --expires-in-days N]`,
 * `baogong keys list [--json]`,
 * `baogong keys revoke ID`: the API keys of the server's database, found as the server finds
 * it (BAOGONG_DB, else BAOGONG_DATA_DIR, else the repository's data/; server/data-dir.ts).
 * `create` prints the key alone on stdout (shown this once: only its hash is kept), what it
 * is on stderr, so `KEY=$(baogong keys create …)` works. A key made with `--expires` stops
 * working at 00:00 UTC of that day; with `--expires-in-days N`, N × 24 h after it is made.
 * bin/baogong.js dispatches `keys` here.
 * Exit codes: 0 done, 1 no such key, 2 a usage error.
 */
import { parseArgs } from 'node:util';
import { storeFileFromEnv } from './data-dir.ts';
import { isRole, KeyStore, type KeyRow, ROLES } from './keys.ts';
import { RunStore } from './store.ts';

export const KEYS_USAGE = `usage:
  baogong keys create --role ${ROLES.join('|')} --name NAME   a new key, printed once
      [--expires YYYY-MM-DD | --expires-in-days N]           it stops working at 00:00 UTC that day, or N days from now
  baogong keys list [--json]                                 every key (never its secret), revoked and expired ones marked
  baogong keys revoke ID                                     the key stops working at once
The database is the server's: BAOGONG_DB, else baogong.db in BAOGONG_DATA_DIR, else data/ of the repository.`;

interface Io {
  out(s: string): void;
  err(s: string): void;
}
const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function usage(io: Io, why: string): number {
  io.err(`baogong keys: ${why}\n${KEYS_USAGE}\n`);
  return 2;
}

const DAY_MS = 86_400_000;

/**
 * The expiry `--expires` or `--expires-in-days` asks for (undefined: none), or why it is wrong.
 * `--expires` is a calendar date, the key stopping at its 00:00 UTC; it must be after `now`.
 */
export function expiryOf(
  values: { expires?: string; 'expires-in-days'?: string },
  now: Date,
): { at?: Date } | { error: string } {
  const date = values.expires;
  const days = values['expires-in-days'];
  if (date !== undefined && days !== undefined) return { error: 'give --expires or --expires-in-days, not both' };
  if (date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const at = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !at || at.toISOString().slice(0, 10) !== date)
      return { error: `--expires must be a date YYYY-MM-DD (the key stops at 00:00 UTC that day); got ${date}` };
    if (at.getTime() <= now.getTime())
      return {
        error: `--expires ${date} is not in the future (today is ${now.toISOString().slice(0, 10)} UTC); give a later date`,
      };
    return { at };
  }
  if (days !== undefined) {
    const n = Number(days);
    if (!/^\s*\d+\s*$/.test(days) || !Number.isSafeInteger(n) || n <= 0 || n > 36_500)
      return { error: `--expires-in-days must be a whole number of days from 1 to 36500; got ${days}` };
    return { at: new Date(now.getTime() + n * DAY_MS) };
  }
  return {};
}

/** A key's state for `keys list`: revoked, expired or live, with its expiry. */
function stateOf(r: KeyRow, expired: boolean): string {
  if (r.revokedAt) return `revoked ${r.revokedAt}`;
  if (r.expiresAt === null) return 'live';
  return expired ? `expired ${r.expiresAt}` : `live until ${r.expiresAt}`;
}

export function runKeysCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Io = stdio,
  now: () => Date = () => new Date(),
): number {
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === '-h' || action === 'help') {
    io.out(`${KEYS_USAGE}\n`);
    return action === undefined ? 2 : 0;
  }
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return usage(io, (err as Error).message);
  }
  const { values, positionals } = parsed;
  if (!['create', 'list', 'revoke'].includes(action)) return usage(io, `unknown action \`${action}\``);

  const store = new RunStore(storeFileFromEnv(env));
  try {
    const keys = new KeyStore(store.database, { now });
    if (action === 'create') {
      if (positionals.length > 0) return usage(io, `create takes no positional argument; got ${positionals.join(' ')}`);
      if (!isRole(values.role))
        return usage(io, `--role must be one of ${ROLES.join(', ')}; got ${values.role ?? 'nothing'}`);
      const name = (values.name ?? '').trim();
      if (name === '' || name.length > 100) return usage(io, '--name must be 1 to 100 characters (who holds the key)');
      const expiry = expiryOf(values, now());
      if ('error' in expiry) return usage(io, expiry.error);
      const { row, secret } = keys.create(name, values.role, expiry.at);
      const until = row.expiresAt ? `, expires ${row.expiresAt}` : '';
      io.err(
        `created key ${row.id} (${row.role}, "${row.name}"${until}); the key is printed below this once, keep it secret:\n`,
      );
      io.out(`${secret}\n`);
      return 0;
    }
    if (action === 'list') {
      const rows = keys.list();
      if (values.json) io.out(`${JSON.stringify(rows, null, 2)}\n`);
      else if (rows.length === 0) io.out('no keys: the server runs without auth (127.0.0.1 only, or --no-auth)\n');
      else
        io.out(
          `${rows
            .map((r) => `${r.id}  ${r.role.padEnd(6)}  ${r.createdAt}  ${stateOf(r, keys.expired(r))}  ${r.name}`)
            .join('\n')}\n`,
        );
      return 0;
    }
    if (positionals.length !== 1) return usage(io, 'revoke takes one key id (see `baogong keys list`)');
    if (!keys.revoke(positionals[0])) {
      io.err(`baogong keys: no live key has id \`${positionals[0]}\`; see \`baogong keys list\`\n`);
      return 1;
    }
    io.out(`revoked key ${positionals[0]}\n`);
    return 0;
  } finally {
    store.close();
  }
}

const OPTIONS = {
  role: { type: 'string' },
  name: { type: 'string' },
  json: { type: 'boolean' },
  expires: { type: 'string' },
  'expires-in-days': { type: 'string' },
} as const;
