/** The demo scenario (scenarios/demo-beijing-2012.json) pinned by its golden result. */
import { describe, it } from 'vitest';
import { loadScenarioFile, runScenario, SHIPPED_SCENARIOS_DIR } from '../../engine/index.ts';
import { expectGolden } from './golden-file.ts';

describe('demo_beijing_2012', () => {
  it('matches its golden result', async () => {
    expectGolden(await runScenario(loadScenarioFile(`${SHIPPED_SCENARIOS_DIR}/demo-beijing-2012.json`)));
  });
});
