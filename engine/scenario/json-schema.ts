/**
 * The scenario format as a JSON Schema (draft 2020-12), generated from the one zod schema
 * (engine/scenario/schema.ts) as the INPUT side: defaults are optional, with their values
 * given. Shipped as scenarios/scenario.schema.json, which every scenario names in `$schema`
 * so that an editor completes and checks the fields as you type; `npm run schema` rewrites
 * it and a test fails when the committed file is stale. The cross-field checks
 * (engine/scenario/checks.ts) are not in it: `baogong validate` runs both.
 */
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import { studySchema } from './schema-study.ts';

/** The file name of the schema beside the shipped scenarios. */
export const SCENARIO_SCHEMA_FILE = 'scenario.schema.json';

/** A `*.json` file of a scenario folder that is a scenario (not the schema). */
export function isScenarioFileName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json');
}

/** The JSON Schema of a scenario file, with `$id` and `title`. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    $id: 'urn:baogong:scenario-schema',
    title: 'baogong scenario',
    description:
      'A district-heating supply-assurance scenario for baogong: horizon, weather, zones, sources, coal yards, gas, policy. Every number names its unit in the field name and at the end of its description. Reference: docs/scenario-reference.md.',
    ...rest,
  };
}

/** The schema file's text, as committed (two-space JSON and a final newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** The folder of the shipped province studies (under scenarios/) and the file name of their schema. */
export const STUDIES_FOLDER = 'studies';
export const STUDY_SCHEMA_FILE = 'study.schema.json';

/** The JSON Schema of a province study file (engine/scenario/schema-study.ts), with `$id` and `title`. */
export function studyJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(studySchema, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    $id: 'urn:baogong:study-schema',
    title: 'baogong province study',
    description:
      'A province study for baogong: the city scenarios of a province and what they share (one weather draw a season, gas supply points, coal rail routes). Cross-references are checked by `baogong province`. Reference: docs/province.md.',
    ...rest,
  };
}

/** The study schema file's text, as committed. */
export function studyJsonSchemaText(): string {
  return `${JSON.stringify(studyJsonSchema(), null, 2)}\n`;
}
