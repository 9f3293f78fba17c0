/**
 * The scenario library: every `*.json` directly in its folder (scenarios/ by default) but the
 * JSON Schema (`scenario.schema.json`), known by its `id` field. The folder is looked at again
 * on every request: its files' names, sizes and mtimes make a key, and the entries are read
 * anew only when the key changes, so a file dropped in (or edited, or removed) shows without a
 * restart. A file that is not JSON or has no id is skipped (and logged), one that fails
 * validation is listed with `valid: false`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenario, isScenarioFileName, SHIPPED_SCENARIOS_DIR } from '../engine/index.ts';

export interface LibraryEntry {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly file: string;
  readonly horizon: { start?: string; end?: string };
  readonly valid: boolean;
  /** The scenario exactly as written in the file (defaults not filled). */
  readonly scenario: Record<string, unknown>;
}

export interface Library {
  readonly dir: string;
  list(): LibraryEntry[];
  get(id: string): LibraryEntry | undefined;
}

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && isScenarioFileName(d.name))
    .map((d) => d.name)
    .sort();
}

/** Names, sizes and mtimes (ns) of the scenario files: equal keys, same entries. */
function folderKey(dir: string, files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const st = statSync(join(dir, file), { bigint: true });
        return `${file}:${st.size}:${st.mtimeNs}`;
      } catch {
        return `${file}:gone`;
      }
    })
    .join('\n');
}

function readEntries(dir: string, files: readonly string[], warn: (msg: string) => void): Map<string, LibraryEntry> {
  const byId = new Map<string, LibraryEntry>();
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      warn(`library: skipping ${file}: ${(err as Error).message}`);
      continue;
    }
    if (
      raw === null ||
      typeof raw !== 'object' ||
      Array.isArray(raw) ||
      typeof (raw as { id?: unknown }).id !== 'string'
    ) {
      warn(`library: skipping ${file}: no string \`id\``);
      continue;
    }
    const scenario = raw as Record<string, unknown>;
    const id = scenario.id as string;
    if (byId.has(id)) {
      warn(`library: skipping ${file}: id \`${id}\` is already used by ${byId.get(id)!.file}`);
      continue;
    }
    const outcome = checkScenario(scenario);
    const horizon = outcome.ok ? outcome.scenario.horizon : ((scenario.horizon ?? {}) as LibraryEntry['horizon']);
    byId.set(id, {
      id,
      name: typeof scenario.name === 'string' ? scenario.name : '',
      description: typeof scenario.description === 'string' ? scenario.description : '',
      file,
      horizon: { start: horizon.start, end: horizon.end },
      valid: outcome.ok,
      scenario,
    });
  }
  return byId;
}

export function loadLibrary(dir: string = SHIPPED_SCENARIOS_DIR, warn: (msg: string) => void = () => {}): Library {
  let key = '';
  let byId = new Map<string, LibraryEntry>();
  const current = (): Map<string, LibraryEntry> => {
    const files = scenarioFiles(dir);
    const now = folderKey(dir, files);
    if (now !== key) {
      byId = readEntries(dir, files, warn);
      key = now;
    }
    return byId;
  };
  current();
  return {
    dir,
    list: () => [...current().values()],
    get: (id) => current().get(id),
  };
}
