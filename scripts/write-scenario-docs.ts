/**
 * `npm run schema`: rewrites the files generated from the scenario schema, the JSON Schema
 * beside the shipped scenarios (scenarios/scenario.schema.json), the field reference
 * (docs/scenario-reference.md) and the province study's JSON Schema beside the shipped
 * studies (scenarios/studies/study.schema.json). Run it after changing
 * engine/scenario/schema.ts or schema-study.ts and commit what it writes;
 * test/scenario/generated-files.test.ts fails while a committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCENARIO_SCHEMA_FILE,
  SHIPPED_SCENARIOS_DIR,
  STUDIES_FOLDER,
  STUDY_SCHEMA_FILE,
  scenarioJsonSchemaText,
  scenarioReferenceMarkdown,
  studyJsonSchemaText,
} from '../engine/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const outputs: Array<[string, string]> = [
  [join(SHIPPED_SCENARIOS_DIR, SCENARIO_SCHEMA_FILE), scenarioJsonSchemaText()],
  [join(ROOT, 'docs/scenario-reference.md'), scenarioReferenceMarkdown()],
  [join(SHIPPED_SCENARIOS_DIR, STUDIES_FOLDER, STUDY_SCHEMA_FILE), studyJsonSchemaText()],
];
for (const [file, text] of outputs) {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file.slice(ROOT.length)}\n`);
}
