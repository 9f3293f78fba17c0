/**
 * The studies this server put on the queue: one small table in the run store's SQLite file
 * (`studies`, created when missing, as `saved` is). The study itself (its chunks, rows and
 * state) lives in the queue's Redis; this table says which ids are this server's, who started
 * each (`owner`, the API key; null when keys are off) and what it studies, so the list and the
 * owner checks need no Redis.
 */
import type Database from 'better-sqlite3';

export interface StudyRow {
  readonly id: string;
  readonly kind: string;
  readonly owner: string | null;
  readonly createdAt: string;
  readonly scenarioId: string;
  readonly label: string | null;
  readonly runs: number;
  readonly seed: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS studies (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  owner       TEXT,
  created_at  TEXT NOT NULL,
  scenario_id TEXT NOT NULL,
  label       TEXT,
  runs        INTEGER NOT NULL,
  seed        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS studies_created_at ON studies (created_at);
`;

const ROW = 'id, kind, owner, created_at AS createdAt, scenario_id AS scenarioId, label, runs, seed';

export class StudyStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    if (!db.readonly) db.exec(SCHEMA);
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO studies (id, kind, owner, created_at, scenario_id, label, runs, seed)
         VALUES (@id, @kind, @owner, @createdAt, @scenarioId, @label, @runs, @seed)`,
      ),
      byId: db.prepare(`SELECT ${ROW} FROM studies WHERE id = ?`),
      list: db.prepare(`SELECT ${ROW} FROM studies ORDER BY created_at DESC, rowid DESC LIMIT @limit OFFSET @offset`),
      count: db.prepare('SELECT count(*) FROM studies').pluck(),
    };
  }

  insert(row: StudyRow): void {
    this.stmts.insert.run(row);
  }

  get(id: string): StudyRow | undefined {
    return this.stmts.byId.get(id) as StudyRow | undefined;
  }

  list(opts: { limit: number; offset: number }): { rows: StudyRow[]; total: number } {
    return { rows: this.stmts.list.all(opts) as StudyRow[], total: this.stmts.count.get() as number };
  }
}
