/**
 * The files generated from the scenario schema stay in step with it: the JSON Schema beside
 * the shipped scenarios is regenerated in memory and compared with the committed file (run
 * `npm run schema` after changing engine/scenario/schema.ts). Every shipped scenario names
 * the schema, and the server's library lists scenarios only, not the schema file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScenarioFileName, SCENARIO_SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText, SHIPPED_SCENARIOS_DIR, validateScenario } from '../../engine/index.ts';
import { loadLibrary } from '../../server/library.ts';

const scenarioFiles = () => readdirSync(SHIPPED_SCENARIOS_DIR).filter(isScenarioFileName).sort();

describe('scenarios/scenario.schema.json', () => {
  it('is the schema as generated now (run `npm run schema` when this fails)', () => {
    expect(readFileSync(join(SHIPPED_SCENARIOS_DIR, SCENARIO_SCHEMA_FILE), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('is a draft 2020-12 schema with an id and a title, closed at the top level', () => {
    const s = scenarioJsonSchema();
    expect(s).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: expect.any(String), title: expect.any(String), type: 'object', additionalProperties: false });
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

  it('is skipped by the server\'s library, which lists every scenario and warns of nothing', () => {
    const warnings: string[] = [];
    const library = loadLibrary(SHIPPED_SCENARIOS_DIR, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(library.list().map((e) => e.file).sort()).toEqual(scenarioFiles());
    expect(isScenarioFileName(SCENARIO_SCHEMA_FILE)).toBe(false);
  });
});
