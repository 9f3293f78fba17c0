/**
 * `kind: 'province'`: a province study's seasons (engine/province/) on the queue. The setup is
 * the one `runProvinceStudy` prepares (every city's scenario inline, the weather model fitted,
 * each yard's reserve figures measured once; it names no file), stored as JSON; a worker
 * validates each city's scenario once and evaluates seasons with `evaluateProvinceJobs`; the
 * result is `summariseProvince` of the rows in index order, so it is the local one byte for
 * byte but for `timing`.
 */
import { createProvinceExecutor, type ProvinceStudyResult } from '../province/run.ts';
import { evaluateProvinceJobs, type ProvinceRow } from '../province/evaluate.ts';
import type { ProvinceSpec } from '../province/load.ts';
import { prepareProvince, type ProvinceOptions, type ProvinceSetup } from '../province/setup.ts';
import { summariseProvince } from '../province/summary.ts';
import { validateScenario } from '../scenario/validate.ts';
import type { StudyKind } from './study-kind.ts';

/** What `baogong province --queue` submits: the study as read and its options (no workers, no callbacks). */
export interface ProvinceStudyInput {
  readonly spec: ProvinceSpec;
  readonly options: Omit<ProvinceOptions, 'workers' | 'onProgress'>;
}

export const provinceStudy: StudyKind<ProvinceSetup, ProvinceRow, ProvinceStudyResult> = {
  async prepare(input) {
    const { spec, options } = input as ProvinceStudyInput;
    const setup = await prepareProvince(spec, options);
    // plain data from here on: what a worker gets is exactly what this machine would run
    return { setup: JSON.parse(JSON.stringify(setup)) as ProvinceSetup, runs: setup.runs };
  },
  revive(stored) {
    const setup = stored as ProvinceSetup;
    return { ...setup, cities: setup.cities.map((c) => ({ ...c, scenario: validateScenario(c.scenario) })) };
  },
  evaluate: (setup, jobs) => evaluateProvinceJobs(setup, jobs),
  executor: (setup, threads) => createProvinceExecutor(setup, threads),
  summarise(setup, _runs, rows, timing) {
    return { ...summariseProvince(setup, rows), timing };
  },
};
