/**
 * Saved scenarios: an analyst's own cities, kept in the run store's SQLite database (table
 * `saved`, created when missing, as the runs table is). Each row holds the scenario exactly as
 * the analyst wrote it (defaults not filled), so it reads back for editing as it was saved, and
 * the API key that saved it (`owner`, server/auth.ts; null when keys are off).
 */
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface SavedRow {
  readonly id: string;
  readonly name: string;
  readonly scenarioId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SavedScenario extends SavedRow {
  readonly scenario: Record<string, unknown>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS saved (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  scenario_id   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  scenario_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS saved_updated_at ON saved (updated_at);
`;

/** Columns added after the first release of the table: added to an older file when missing (as server/store.ts does). */
const ADDED_COLUMNS: ReadonlyArray<readonly [name: string, type: string]> = [['owner', 'TEXT']];

function addMissingColumns(db: Database.Database): void {
  const have = new Set((db.prepare('PRAGMA table_info(saved)').all() as Array<{ name: string }>).map((c) => c.name));
  for (const [name, type] of ADDED_COLUMNS)
    if (!have.has(name)) db.exec(`ALTER TABLE saved ADD COLUMN ${name} ${type}`);
}

const ROW = 'id, name, scenario_id AS scenarioId, created_at AS createdAt, updated_at AS updatedAt';

export const newSavedId = (): string => `s${randomBytes(9).toString('base64url')}`;

const scenarioIdOf = (scenario: Record<string, unknown>) => (typeof scenario.id === 'string' ? scenario.id : '');

export class SavedStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    db.exec(SCHEMA);
    addMissingColumns(db);
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO saved (id, name, scenario_id, created_at, updated_at, scenario_json, owner)
         VALUES (@id, @name, @scenarioId, @now, @now, @scenarioJson, @owner)`,
      ),
      update: db.prepare(
        'UPDATE saved SET name = @name, scenario_id = @scenarioId, updated_at = @now, scenario_json = @scenarioJson WHERE id = @id',
      ),
      row: db.prepare(`SELECT ${ROW}, scenario_json AS scenarioJson FROM saved WHERE id = ?`),
      list: db.prepare(`SELECT ${ROW} FROM saved ORDER BY updated_at DESC, rowid DESC`),
      owner: db.prepare('SELECT owner FROM saved WHERE id = ?').pluck(),
      remove: db.prepare('DELETE FROM saved WHERE id = ?'),
    };
  }

  /** `owner`: the API key saving it (server/auth.ts), null when keys are off. */
  create(name: string, scenario: Record<string, unknown>, owner: string | null = null): SavedScenario {
    const id = newSavedId();
    this.stmts.insert.run({
      id,
      name,
      scenarioId: scenarioIdOf(scenario),
      now: new Date().toISOString(),
      scenarioJson: JSON.stringify(scenario),
      owner,
    });
    return this.get(id)!;
  }

  /** Replaces name and scenario; undefined when no row has this id. */
  update(id: string, name: string, scenario: Record<string, unknown>): SavedScenario | undefined {
    const changed = this.stmts.update.run({
      id,
      name,
      scenarioId: scenarioIdOf(scenario),
      now: new Date().toISOString(),
      scenarioJson: JSON.stringify(scenario),
    }).changes;
    return changed > 0 ? this.get(id) : undefined;
  }

  get(id: string): SavedScenario | undefined {
    const row = this.stmts.row.get(id) as (SavedRow & { scenarioJson: string }) | undefined;
    if (!row) return undefined;
    const { scenarioJson, ...rest } = row;
    return { ...rest, scenario: JSON.parse(scenarioJson) as Record<string, unknown> };
  }

  /** The key that saved it: null when keys were off, undefined when no row has this id. */
  ownerOf(id: string): string | null | undefined {
    return this.stmts.owner.get(id) as string | null | undefined;
  }

  list(): SavedRow[] {
    return this.stmts.list.all() as SavedRow[];
  }

  delete(id: string): boolean {
    return this.stmts.remove.run(id).changes > 0;
  }
}
