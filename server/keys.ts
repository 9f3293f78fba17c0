/**
 * API keys, kept in the run store's SQLite database (table `keys`, created when missing, as
 * the runs table is). A key reads `bgk_<id>_<secret>`: the id finds the row, the secret is 32
 * random bytes of which only the SHA-256 is stored (a 256-bit random secret needs no slow
 * hash), compared in constant time. The whole key is shown once, when it is made; a revoked
 * key stays listed with the time it was revoked and is never accepted again.
 *
 * A key may carry an expiry (`expires_at`, ISO 8601 UTC, null for none): from that instant on
 * it is refused as a revoked one is, but its caller is told it expired (the secret matched, so
 * nothing leaks). An expired key still counts for `hasKeys`: auth must not switch itself off
 * because every key ran out. A database made before expiry gets the column at start-up (no row
 * changes; its keys have none); a read-only one is read as if the column were null.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';

export const ROLES = ['reader', 'runner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** reader < runner < admin: a role may do what every lower role may. */
export const roleAtLeast = (have: Role, need: Role): boolean => ROLES.indexOf(have) >= ROLES.indexOf(need);

export const isRole = (s: unknown): s is Role => typeof s === 'string' && (ROLES as readonly string[]).includes(s);

export interface KeyRow {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  /** ISO 8601 UTC; from this instant on the key is refused. Null: it never expires. */
  readonly expiresAt: string | null;
}

/** What a presented key is: a caller, a key that expired (its secret right), or nothing known. */
export type KeyCheck =
  | { readonly status: 'ok'; readonly caller: Caller }
  | { readonly status: 'expired'; readonly expiresAt: string }
  | { readonly status: 'unknown' };

/** Whether a key with this expiry is past it at `now` (expiresAt ≤ now). */
export const isExpired = (expiresAt: string | null, now: Date): boolean =>
  expiresAt !== null && Date.parse(expiresAt) <= now.getTime();

/** Who a request is: the key's id and role. */
export interface Caller {
  readonly keyId: string;
  readonly role: Role;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS keys (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  role       TEXT NOT NULL,
  hash       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  expires_at TEXT
);
`;

const KEY_FORMAT = /^bgk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const sha256 = (s: string) => createHash('sha256').update(s).digest();

export class KeyStore {
  private readonly stmts;
  private readonly now: () => Date;

  /** `now` is the clock expiry is judged by (a test passes its own). */
  constructor(db: Database.Database, opts: { now?: () => Date } = {}) {
    this.now = opts.now ?? (() => new Date());
    if (!db.readonly) {
      db.exec(SCHEMA);
      if (!hasExpiryColumn(db)) db.exec('ALTER TABLE keys ADD COLUMN expires_at TEXT');
    }
    // a read-only database from before expiry: its keys never expire
    const expiresAt = db.readonly && !hasExpiryColumn(db) ? 'NULL' : 'expires_at';
    this.stmts = {
      // prepared on first use: a read-only database from before expiry has no column to insert into
      insert: once(() =>
        db.prepare(
          'INSERT INTO keys (id, name, role, hash, created_at, expires_at) VALUES (@id, @name, @role, @hash, @createdAt, @expiresAt)',
        ),
      ),
      byId: db.prepare(`SELECT role, hash, ${expiresAt} AS expiresAt FROM keys WHERE id = ? AND revoked_at IS NULL`),
      // expired keys count: auth stays on when every key has run out
      active: db.prepare('SELECT EXISTS (SELECT 1 FROM keys WHERE revoked_at IS NULL)').pluck(),
      list: db.prepare(
        `SELECT id, name, role, created_at AS createdAt, revoked_at AS revokedAt, ${expiresAt} AS expiresAt FROM keys ORDER BY created_at, rowid`,
      ),
      revoke: db.prepare('UPDATE keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL'),
    };
  }

  /**
   * A new key; `secret` (the whole key to send) exists only in this answer. `expiresAt`, an
   * instant (the caller checks it is in the future), is kept as ISO 8601 UTC.
   */
  create(name: string, role: Role, expiresAt?: Date | null): { row: KeyRow; secret: string } {
    const id = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const secretPart = randomBytes(32).toString('base64url');
    const createdAt = this.now().toISOString();
    const expires = expiresAt ? expiresAt.toISOString() : null;
    this.stmts
      .insert()
      .run({ id, name, role, hash: sha256(secretPart).toString('hex'), createdAt, expiresAt: expires });
    return {
      row: { id, name, role, createdAt, revokedAt: null, expiresAt: expires },
      secret: `bgk_${id}_${secretPart}`,
    };
  }

  /**
   * What a presented key is. `expired` only when its secret is right, so a guess learns nothing;
   * a malformed, unknown or revoked key, or a wrong secret, is `unknown`.
   */
  check(key: string): KeyCheck {
    const m = KEY_FORMAT.exec(key);
    if (!m) return UNKNOWN;
    const row = this.stmts.byId.get(m[1]) as { role: string; hash: string; expiresAt: string | null } | undefined;
    if (!row || !isRole(row.role)) return UNKNOWN;
    const stored = Buffer.from(row.hash, 'hex');
    const given = sha256(m[2]);
    if (stored.length !== given.length || !timingSafeEqual(stored, given)) return UNKNOWN;
    if (row.expiresAt !== null && isExpired(row.expiresAt, this.now()))
      return { status: 'expired', expiresAt: row.expiresAt };
    return { status: 'ok', caller: { keyId: m[1], role: row.role } };
  }

  /** The caller a key stands for; undefined for a malformed, unknown, revoked or expired key. */
  verify(key: string): Caller | undefined {
    const c = this.check(key);
    return c.status === 'ok' ? c.caller : undefined;
  }

  /** Whether the key of this row has expired by now (by the store's clock). */
  expired(row: Pick<KeyRow, 'expiresAt'>): boolean {
    return isExpired(row.expiresAt, this.now());
  }

  /** The store's clock, for callers that judge a new expiry against it. */
  time(): Date {
    return this.now();
  }

  /**
   * Whether any key is not revoked: auth is on exactly then. An expired key counts, so auth
   * does not switch off when every key has run out (their holders get 401 saying so).
   */
  hasKeys(): boolean {
    return this.stmts.active.get() === 1;
  }

  list(): KeyRow[] {
    return this.stmts.list.all() as KeyRow[];
  }

  /** False when no live key has this id. */
  revoke(id: string): boolean {
    return this.stmts.revoke.run({ id, now: this.now().toISOString() }).changes > 0;
  }
}

const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};

const UNKNOWN: KeyCheck = { status: 'unknown' };

const hasExpiryColumn = (db: Database.Database): boolean =>
  (db.prepare('PRAGMA table_info(keys)').all() as Array<{ name: string }>).some((c) => c.name === 'expires_at');
