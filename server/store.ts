/**
 * The run store: one SQLite table (better-sqlite3 12, WAL). The RunResult is stored as the
 * JSON text the worker produced, once, and handed back as that same text, so a run reads
 * byte-identical across restarts. Beside it: the user's `label` and the what-if the run
 * applied (`what_if_json`, server/what-if-summary.ts) and the API key that made it (`owner`,
 * server/auth.ts); a database file from before these
 * columns gets them added when opened. Every commit is synced (synchronous=FULL): a run
 * answered with 201 survives a SIGKILL and a power cut (docs/server.md#durability).
 *
 * Retention (`maxRuns`, `maxBytes`): after each insert the oldest runs not `pinned` are pruned
 * until both limits hold; the run just stored is never pruned. `storageProblem()` tells before
 * a solve whether a run could be stored (server/storage-probe.ts).
 */
import Database from 'better-sqlite3';
import { prepareStoreFile, restrictStoreFiles } from './data-dir.ts';
import { storageProblem } from './storage-probe.ts';
import type { StorageProblem } from './storage-errors.ts';

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
  readonly pinned: boolean;
  /** The API key that made the run (server/auth.ts); null when keys were off. */
  readonly owner: string | null;
}

export interface RetentionOptions {
  /** Most runs kept (pinned ones count, and are never pruned); 0 or unset: no limit. */
  readonly maxRuns?: number;
  /** Most bytes of stored JSON (result, scenario, summary) kept; 0 or unset: no limit. */
  readonly maxBytes?: number;
  /** Free space below which the store counts as full before a solve, bytes; default 16 MiB. */
  readonly minFreeBytes?: number;
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
  ['pinned', 'INTEGER NOT NULL DEFAULT 0'],
  ['bytes', 'INTEGER'],
  ['owner', 'TEXT'],
];

function addMissingColumns(db: Database.Database): void {
  const have = new Set((db.prepare('PRAGMA table_info(runs)').all() as Array<{ name: string }>).map((c) => c.name));
  for (const [name, type] of ADDED_COLUMNS) if (!have.has(name)) db.exec(`ALTER TABLE runs ADD COLUMN ${name} ${type}`);
}

const ROW = `id, input_hash AS inputHash, scenario_id AS scenarioId,
  coalesce(json_extract(scenario_json, '$.name'), '') AS scenarioName,
  coalesce(json_extract(scenario_json, '$.dispatch.mode'), '') AS mode,
  created_at AS createdAt, summary_json AS summaryJson, label, what_if_json AS whatIfJson, pinned, owner`;

/** Bytes a run holds; `bytes` is filled on insert, worked out for rows from before the column. */
const SIZE =
  'coalesce(bytes, length(CAST(result_json AS BLOB)) + length(CAST(scenario_json AS BLOB)) + length(CAST(summary_json AS BLOB)))';

const asRow = (raw: unknown): RunRow | undefined =>
  raw === undefined ? undefined : { ...(raw as RunRow), pinned: Boolean((raw as { pinned: number }).pinned) };

export class RunStore {
  private readonly db: Database.Database;
  private readonly stmts;

  /** `file` may be ':memory:'; its folder is created (0700) when missing, the files owner-only (0600). */
  constructor(
    private readonly file: string,
    private readonly retention: RetentionOptions = {},
  ) {
    if (file !== ':memory:') prepareStoreFile(file);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    if (!this.db.readonly) {
      this.db.exec(SCHEMA);
      addMissingColumns(this.db);
    }
    if (file !== ':memory:') restrictStoreFiles(file);
    this.stmts = {
      insert: this.db.prepare(
        `INSERT INTO runs (id, input_hash, scenario_id, created_at, summary_json, result_json, scenario_json, label, what_if_json, bytes)
         VALUES (@id, @inputHash, @scenarioId, @createdAt, @summaryJson, @resultJson, @scenarioJson, @label, @whatIfJson, @bytes)
         ON CONFLICT (input_hash) DO NOTHING`,
      ),
      prunable: this.db.prepare(
        `SELECT id, ${SIZE} AS bytes FROM runs WHERE pinned = 0 AND id <> ? ORDER BY created_at ASC, rowid ASC`,
      ),
      totals: this.db.prepare(`SELECT count(*) AS runs, coalesce(sum(${SIZE}), 0) AS bytes FROM runs`),
      setPinned: this.db.prepare('UPDATE runs SET pinned = @pinned WHERE id = @id'),
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
      claim: this.db.prepare('UPDATE runs SET owner = @owner WHERE id = @id AND owner IS NULL'),
      setLabel: this.db.prepare('UPDATE runs SET label = @label WHERE id = @id'),
      fillWhatIf: this.db.prepare('UPDATE runs SET what_if_json = @whatIfJson WHERE id = @id AND what_if_json IS NULL'),
    };
  }

  /** The open database, for the other tables kept beside the runs (server/saved-store.ts). */
  get database(): Database.Database {
    return this.db;
  }

  /**
   * Stores a run, then prunes to the retention limits, in one transaction; if a run with the
   * same input hash is already there, that one is kept and returned.
   */
  insert(run: NewRun): RunRow {
    const bytes = [run.resultJson, run.scenarioJson, run.summaryJson].reduce((n, s) => n + Buffer.byteLength(s), 0);
    const stored = this.db.transaction(() => {
      this.stmts.insert.run({ label: null, whatIfJson: null, ...run, bytes });
      const row = asRow(this.stmts.byHash.get(run.inputHash)) as RunRow;
      this.prune(row.id);
      return row;
    });
    return stored();
  }

  /** Deletes the oldest unpinned runs (never `keep`) until the run and byte limits hold. */
  private prune(keep: string): void {
    const maxRuns = this.retention.maxRuns || Infinity;
    const maxBytes = this.retention.maxBytes || Infinity;
    if (maxRuns === Infinity && maxBytes === Infinity) return;
    let { runs, bytes } = this.stmts.totals.get() as { runs: number; bytes: number };
    if (runs <= maxRuns && bytes <= maxBytes) return;
    for (const old of this.stmts.prunable.all(keep) as Array<{ id: string; bytes: number }>) {
      if (runs <= maxRuns && bytes <= maxBytes) break;
      this.stmts.remove.run(old.id);
      runs -= 1;
      bytes -= old.bytes;
    }
  }

  /** Pins a run (kept whatever the retention limits) or unpins it; false when no run has this id. */
  setPinned(id: string, pinned: boolean): boolean {
    return this.stmts.setPinned.run({ id, pinned: pinned ? 1 : 0 }).changes > 0;
  }

  /** Why a run could not be stored now, if it could not: checked before a solve and by /healthz. */
  storageProblem(): StorageProblem | null {
    return storageProblem(this.db, this.file, this.retention.minFreeBytes);
  }

  findByHash(inputHash: string): RunRow | undefined {
    return asRow(this.stmts.byHash.get(inputHash));
  }

  get(id: string): RunRow | undefined {
    return asRow(this.stmts.byId.get(id));
  }

  /** The RunResult JSON exactly as stored. */
  resultJson(id: string): string | undefined {
    return this.stmts.result.get(id) as string | undefined;
  }

  list(opts: { limit: number; offset: number; scenarioId?: string }): { rows: RunRow[]; total: number } {
    const args = { limit: opts.limit, offset: opts.offset, scenarioId: opts.scenarioId ?? null };
    return {
      rows: this.stmts.list.all(args).map(asRow) as RunRow[],
      total: this.stmts.count.get({ scenarioId: args.scenarioId }) as number,
    };
  }

  /** Renames a run (`null` clears the label); false when no run has this id. */
  setLabel(id: string, label: string | null): boolean {
    return this.stmts.setLabel.run({ id, label }).changes > 0;
  }

  /** Gives a run made by a key its owner; a run that has one keeps it (the same input sent by another key). */
  claim(id: string, owner: string | null): void {
    if (owner !== null) this.stmts.claim.run({ id, owner });
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
