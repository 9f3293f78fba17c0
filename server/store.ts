/**
 * The run store: one SQLite table (better-sqlite3 12, WAL). The RunResult is stored as the
 * JSON text the worker produced, once, and handed back as that same text, so a run reads
 * byte-identical across restarts. Beside it: the user's `label` and the what-if the run
 * applied (`what_if_json`, server/what-if-summary.ts); a database file from before these
 * columns gets them added when opened. Every commit is synced (synchronous=FULL): a run
 * answered with 201 survives a SIGKILL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface NewRun {
  readonly id: string;
  readonly inputHash: string;
  readonly scenarioId: string;
  readonly createdAt: string;
  readonly summaryJson: string;
  readonly resultJson: string;
  readonly scenarioJson: string;
  readonly label?: string | null;
  readonly whatIfJson?: string | null;
}

export interface RunRow {
  readonly id: string;
  readonly inputHash: string;
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly mode: string;
  readonly createdAt: string;
  readonly summaryJson: string;
  readonly label: string | null;
  readonly whatIfJson: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id            TEXT PRIMARY KEY,
  input_hash    TEXT NOT NULL UNIQUE,
  scenario_id   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  summary_json  TEXT NOT NULL,
  result_json   TEXT NOT NULL,
  scenario_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_created_at ON runs (created_at);
`;

/** Columns added after the first release of the store: added to an older file when missing. */
const ADDED_COLUMNS: ReadonlyArray<readonly [name: string, type: string]> = [
  ['label', 'TEXT'],
  ['what_if_json', 'TEXT'],
];

function addMissingColumns(db: Database.Database): void {
  const have = new Set((db.prepare('PRAGMA table_info(runs)').all() as Array<{ name: string }>).map((c) => c.name));
  for (const [name, type] of ADDED_COLUMNS) if (!have.has(name)) db.exec(`ALTER TABLE runs ADD COLUMN ${name} ${type}`);
}

const ROW = `id, input_hash AS inputHash, scenario_id AS scenarioId,
  coalesce(json_extract(scenario_json, '$.name'), '') AS scenarioName,
  coalesce(json_extract(scenario_json, '$.dispatch.mode'), '') AS mode,
  created_at AS createdAt, summary_json AS summaryJson, label, what_if_json AS whatIfJson`;

export class RunStore {
  private readonly db: Database.Database;
  private readonly stmts;

  /** `file` may be ':memory:'; its folder is created when missing. */
  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    addMissingColumns(this.db);
    this.stmts = {
      insert: this.db.prepare(
        `INSERT INTO runs (id, input_hash, scenario_id, created_at, summary_json, result_json, scenario_json, label, what_if_json)
         VALUES (@id, @inputHash, @scenarioId, @createdAt, @summaryJson, @resultJson, @scenarioJson, @label, @whatIfJson)
         ON CONFLICT (input_hash) DO NOTHING`,
      ),
      byHash: this.db.prepare(`SELECT ${ROW} FROM runs WHERE input_hash = ?`),
      byId: this.db.prepare(`SELECT ${ROW} FROM runs WHERE id = ?`),
      result: this.db.prepare('SELECT result_json FROM runs WHERE id = ?').pluck(),
      list: this.db.prepare(
        `SELECT ${ROW} FROM runs WHERE (@scenarioId IS NULL OR scenario_id = @scenarioId) ORDER BY created_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
      ),
      count: this.db
        .prepare('SELECT count(*) FROM runs WHERE (@scenarioId IS NULL OR scenario_id = @scenarioId)')
        .pluck(),
      remove: this.db.prepare('DELETE FROM runs WHERE id = ?'),
      setLabel: this.db.prepare('UPDATE runs SET label = @label WHERE id = @id'),
      fillWhatIf: this.db.prepare('UPDATE runs SET what_if_json = @whatIfJson WHERE id = @id AND what_if_json IS NULL'),
    };
  }

  /** The open database, for the other tables kept beside the runs (server/saved-store.ts). */
  get database(): Database.Database {
    return this.db;
  }

  /** Stores a run; if a run with the same input hash is already there, that one is kept and returned. */
  insert(run: NewRun): RunRow {
    this.stmts.insert.run({ label: null, whatIfJson: null, ...run });
    return this.stmts.byHash.get(run.inputHash) as RunRow;
  }

  findByHash(inputHash: string): RunRow | undefined {
    return this.stmts.byHash.get(inputHash) as RunRow | undefined;
  }

  get(id: string): RunRow | undefined {
    return this.stmts.byId.get(id) as RunRow | undefined;
  }

  /** The RunResult JSON exactly as stored. */
  resultJson(id: string): string | undefined {
    return this.stmts.result.get(id) as string | undefined;
  }

  list(opts: { limit: number; offset: number; scenarioId?: string }): { rows: RunRow[]; total: number } {
    const args = { limit: opts.limit, offset: opts.offset, scenarioId: opts.scenarioId ?? null };
    return {
      rows: this.stmts.list.all(args) as RunRow[],
      total: this.stmts.count.get({ scenarioId: args.scenarioId }) as number,
    };
  }

  /** Renames a run (`null` clears the label); false when no run has this id. */
  setLabel(id: string, label: string | null): boolean {
    return this.stmts.setLabel.run({ id, label }).changes > 0;
  }

  /** Records the what-if of a run that has none yet (a run first made from a full scenario). */
  fillWhatIf(id: string, whatIfJson: string): void {
    this.stmts.fillWhatIf.run({ id, whatIfJson });
  }

  delete(id: string): boolean {
    return this.stmts.remove.run(id).changes > 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
