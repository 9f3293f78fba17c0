/**
 * The shipped province studies: every `*.json` in the library's `studies/` folder
 * (scenarios/studies/ by default) but its JSON Schema, known by its `id` field. Listed by
 * `GET /v1/studies/library`; `POST /v1/studies` with `kind: "province"` names one by id
 * (server/province-request.ts). The folder is read on each call: a few small files, so a study
 * dropped in shows without a restart. A file that is not JSON, has no string `id` or no
 * `cities` list is skipped; one whose id is taken is skipped too (the first file by name wins).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StudyLibraryEntry {
  readonly id: string;
  /** By language: the study's translations, else its name, else the id. */
  readonly names: { readonly en: string; readonly zh: string };
  readonly description: { readonly en: string; readonly zh: string };
  /** File name inside `studies/`. */
  readonly file: string;
  readonly cities: ReadonlyArray<{ readonly id: string; readonly names: { readonly en: string; readonly zh: string } }>;
  /** The study's own default seasons and seed (null: 200 and 1). */
  readonly runs: number | null;
  readonly seed: number | null;
  /** The study exactly as written in the file. */
  readonly study: Record<string, unknown>;
}

export interface StudyLibrary {
  /** The `studies/` folder (relative scenario paths in a study start here). */
  readonly dir: string;
  list(): StudyLibraryEntry[];
  get(id: string): StudyLibraryEntry | undefined;
}

const SCHEMA_FILE = 'study.schema.json';

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => x !== null && typeof x === 'object' && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);
const num = (x: unknown): number | null => (typeof x === 'number' ? x : null);

/** A name and a description by language, from `name`, `description` and `translations`. */
function namesOf(raw: Raw, fallback: string, field: 'name' | 'description'): { en: string; zh: string } {
  const tr = isObject(raw.translations) ? raw.translations : {};
  const own = str(raw[field]);
  const inLang = (lang: 'en' | 'zh') => (isObject(tr[lang]) ? str(tr[lang][field]) : undefined);
  const en = inLang('en') ?? own ?? fallback;
  return { en, zh: inLang('zh') ?? en };
}

function entryOf(file: string, raw: unknown): StudyLibraryEntry | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string' || !Array.isArray(raw.cities)) return undefined;
  return {
    id: raw.id,
    names: namesOf(raw, raw.id, 'name'),
    description: namesOf(raw, '', 'description'),
    file,
    cities: raw.cities.filter(isObject).map((c) => {
      const id = String(c.id ?? '');
      return { id, names: namesOf(c, id, 'name') };
    }),
    runs: num(raw.runs),
    seed: num(raw.seed),
    study: raw,
  };
}

function readEntries(dir: string, warn: (msg: string) => void): Map<string, StudyLibraryEntry> {
  const byId = new Map<string, StudyLibraryEntry>();
  let files: string[];
  try {
    files = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.json') && d.name !== SCHEMA_FILE)
      .map((d) => d.name)
      .sort();
  } catch {
    return byId;
  }
  for (const file of files) {
    let entry: StudyLibraryEntry | undefined;
    try {
      entry = entryOf(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
    } catch (err) {
      warn(`study library: skipping ${file}: ${(err as Error).message}`);
      continue;
    }
    if (!entry) continue;
    if (byId.has(entry.id)) {
      warn(`study library: skipping ${file}: id \`${entry.id}\` is already used by ${byId.get(entry.id)!.file}`);
      continue;
    }
    byId.set(entry.id, entry);
  }
  return byId;
}

/** The studies in `<libraryDir>/studies/`. */
export function loadStudyLibrary(libraryDir: string, warn: (msg: string) => void = () => {}): StudyLibrary {
  const dir = join(libraryDir, 'studies');
  return {
    dir,
    list: () => [...readEntries(dir, warn).values()],
    get: (id) => readEntries(dir, warn).get(id),
  };
}
