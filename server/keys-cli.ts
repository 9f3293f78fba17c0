/**
 * `baogong keys create --role reader|runner|admin --name NAME`, `baogong keys list [--json]`,
 * `baogong keys revoke ID`: the API keys of the server's database, found as the server finds
 * it (BAOGONG_DB, else BAOGONG_DATA_DIR, else the repository's data/; server/data-dir.ts).
 * `create` prints the key alone on stdout (shown this once: only its hash is kept), what it
 * is on stderr, so `KEY=$(baogong keys create …)` works. bin/baogong.js dispatches `keys` here.
 * Exit codes: 0 done, 1 no such key, 2 a usage error.
 */
import { parseArgs } from 'node:util';
import { storeFileFromEnv } from './data-dir.ts';
import { isRole, KeyStore, ROLES } from './keys.ts';
import { RunStore } from './store.ts';

export const KEYS_USAGE = `usage:
  baogong keys create --role ${ROLES.join('|')} --name NAME   a new key, printed once
  baogong keys list [--json]                                 every key (never its secret), revoked ones marked
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

export function runKeysCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, io: Io = stdio): number {
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
    const keys = new KeyStore(store.database);
    if (action === 'create') {
      if (positionals.length > 0) return usage(io, `create takes no positional argument; got ${positionals.join(' ')}`);
      if (!isRole(values.role))
        return usage(io, `--role must be one of ${ROLES.join(', ')}; got ${values.role ?? 'nothing'}`);
      const name = (values.name ?? '').trim();
      if (name === '' || name.length > 100) return usage(io, '--name must be 1 to 100 characters (who holds the key)');
      const { row, secret } = keys.create(name, values.role);
      io.err(
        `created key ${row.id} (${row.role}, "${row.name}"); the key is printed below this once, keep it secret:\n`,
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
            .map(
              (r) =>
                `${r.id}  ${r.role.padEnd(6)}  ${r.createdAt}  ${r.revokedAt ? `revoked ${r.revokedAt}` : 'live'}  ${r.name}`,
            )
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
} as const;
