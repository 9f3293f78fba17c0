/**
 * The files generated from the scenario schema stay in step with it: the JSON Schema beside
 * the shipped scenarios and docs/scenario-reference.md are regenerated in memory and compared
 * with the committed files (run `npm run schema` after changing engine/scenario/schema.ts).
 * Every shipped scenario names the schema, the server's library lists scenarios only, not the
 * schema file, and the reference's hand-written examples validate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_BASE,
  isScenarioFileName,
  SCENARIO_SCHEMA_FILE,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
  scenarioReferenceMarkdown,
  SECTION_EXAMPLES,
  SHIPPED_SCENARIOS_DIR,
  STUDIES_FOLDER,
  STUDY_SCHEMA_FILE,
  studyJsonSchemaText,
  validateScenario,
} from '../../engine/index.ts';
import { loadLibrary } from '../../server/library.ts';

const scenarioFiles = () => readdirSync(SHIPPED_SCENARIOS_DIR).filter(isScenarioFileName).sort();

describe('scenarios/scenario.schema.json', () => {
  it('is the schema as generated now (run `npm run schema` when this fails)', () => {
    expect(readFileSync(join(SHIPPED_SCENARIOS_DIR, SCENARIO_SCHEMA_FILE), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('is a draft 2020-12 schema with an id and a title, closed at the top level', () => {
    const s = scenarioJsonSchema();
    expect(s).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.any(String),
      title: expect.any(String),
      type: 'object',
      additionalProperties: false,
    });
    expect((s.required as string[]).sort()).toEqual(['id', 'sources', 'weather', 'zones']);
  });

  it('is named by every shipped scenario, which still validates with the key', () => {
    expect(scenarioFiles().length).toBeGreaterThanOrEqual(6);
    for (const f of scenarioFiles()) {
      const raw = JSON.parse(readFileSync(join(SHIPPED_SCENARIOS_DIR, f), 'utf8'));
      expect(raw.$schema, f).toBe(`./${SCENARIO_SCHEMA_FILE}`);
      expect(() => validateScenario(raw), f).not.toThrow();
    }
  });

  it("is skipped by the server's library, which lists every scenario and warns of nothing", () => {
    const warnings: string[] = [];
    const library = loadLibrary(SHIPPED_SCENARIOS_DIR, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(
      library
        .list()
        .map((e) => e.file)
        .sort(),
    ).toEqual(scenarioFiles());
    expect(isScenarioFileName(SCENARIO_SCHEMA_FILE)).toBe(false);
  });
});

describe('scenarios/studies/study.schema.json', () => {
  it('is the study schema as generated now (run `npm run schema` when this fails)', () => {
    const dir = join(SHIPPED_SCENARIOS_DIR, STUDIES_FOLDER);
    expect(readFileSync(join(dir, STUDY_SCHEMA_FILE), 'utf8')).toBe(studyJsonSchemaText());
    for (const f of readdirSync(dir).filter(isScenarioFileName))
      expect(JSON.parse(readFileSync(join(dir, f), 'utf8')).$schema, f).toBe(`./${STUDY_SCHEMA_FILE}`);
  });
});

describe('docs/scenario-reference.md', () => {
  const ROOT = new URL('../../', import.meta.url);
  const text = scenarioReferenceMarkdown();

  it('is the reference as generated now (run `npm run schema` when this fails)', () => {
    expect(readFileSync(new URL('docs/scenario-reference.md', ROOT), 'utf8')).toBe(text);
  });

  it('has a section with an example for every top-level section of the schema', () => {
    const sections = Object.keys(scenarioJsonSchema().properties as object).filter(
      (k) => !['$schema', 'id', 'name', 'description', 'translations', 'meta'].includes(k),
    );
    expect(Object.keys(SECTION_EXAMPLES).sort()).toEqual([...sections].sort());
    for (const k of sections) expect(text, k).toContain(`\n## ${k}\n`);
    for (const kind of ['coal-chp', 'coal-boiler', 'gas-boiler', 'electric-boiler', 'heat-pump', 'waste-heat'])
      expect(text).toContain(`### sources: kind \`${kind}\``);
  });

  it('gives every field its unit, default and range, and a meaning', () => {
    const rows = text.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(140);
    const meaningless = rows.filter((l) => l.split(' | ').at(-1)!.trim() === '|');
    expect(meaningless).toEqual([]);
    expect(text).toContain('| `sources[].capacityMW` | MW | **required** | 0 … 100000 | maximum heat output, MW |');
    expect(text).toContain('| `zones[].networkLossFraction` | 0–1 | `0.05` | 0 … 1 |');
  });

  it('its examples make a valid scenario together, each set into a minimal one', () => {
    expect(() => validateScenario({ ...EXAMPLE_BASE, ...SECTION_EXAMPLES })).not.toThrow();
    const needs: Record<string, object> = {
      sources: { yards: SECTION_EXAMPLES.yards },
      links: { zones: SECTION_EXAMPLES.zones },
      yards: { sources: SECTION_EXAMPLES.sources },
    };
    for (const [key, example] of Object.entries(SECTION_EXAMPLES)) {
      expect(() => validateScenario({ ...EXAMPLE_BASE, ...needs[key], [key]: example }), key).not.toThrow();
    }
  });
});
