/**
 * API keys, kept in the run store's SQLite database (table `keys`, created when missing, as
 * the runs table is). A key reads `bgk_<id>_<secret>`: the id finds the row, the secret is 32
 * random bytes of which only the SHA-256 is stored (a 256-bit random secret needs no slow
 * hash), compared in constant time. The whole key is shown once, when it is made; a revoked
 * key stays listed with the time it was revoked and is never accepted again.
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
}

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
  revoked_at TEXT
);
`;

const KEY_FORMAT = /^bgk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const sha256 = (s: string) => createHash('sha256').update(s).digest();

export class KeyStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    if (!db.readonly) db.exec(SCHEMA);
    this.stmts = {
      insert: db.prepare(
        'INSERT INTO keys (id, name, role, hash, created_at) VALUES (@id, @name, @role, @hash, @createdAt)',
      ),
      byId: db.prepare('SELECT role, hash FROM keys WHERE id = ? AND revoked_at IS NULL'),
      active: db.prepare('SELECT EXISTS (SELECT 1 FROM keys WHERE revoked_at IS NULL)').pluck(),
      list: db.prepare(
        'SELECT id, name, role, created_at AS createdAt, revoked_at AS revokedAt FROM keys ORDER BY created_at, rowid',
      ),
      revoke: db.prepare('UPDATE keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL'),
    };
  }

  /** A new key; `secret` (the whole key to send) exists only in this answer. */
  create(name: string, role: Role): { row: KeyRow; secret: string } {
    const id = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const secretPart = randomBytes(32).toString('base64url');
    const createdAt = new Date().toISOString();
    this.stmts.insert.run({ id, name, role, hash: sha256(secretPart).toString('hex'), createdAt });
    return { row: { id, name, role, createdAt, revokedAt: null }, secret: `bgk_${id}_${secretPart}` };
  }

  /** The caller a key stands for; undefined for a malformed, unknown or revoked key. */
  verify(key: string): Caller | undefined {
    const m = KEY_FORMAT.exec(key);
    if (!m) return undefined;
    const row = this.stmts.byId.get(m[1]) as { role: string; hash: string } | undefined;
    if (!row || !isRole(row.role)) return undefined;
    const stored = Buffer.from(row.hash, 'hex');
    const given = sha256(m[2]);
    return stored.length === given.length && timingSafeEqual(stored, given)
      ? { keyId: m[1], role: row.role }
      : undefined;
  }

  /** Whether any key is live: auth is on exactly then. */
  hasKeys(): boolean {
    return this.stmts.active.get() === 1;
  }

  list(): KeyRow[] {
    return this.stmts.list.all() as KeyRow[];
  }

  /** False when no live key has this id. */
  revoke(id: string): boolean {
    return this.stmts.revoke.run({ id, now: new Date().toISOString() }).changes > 0;
  }
}
