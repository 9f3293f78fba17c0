/**
 * The piscina worker of a province study: evaluates a batch of seasons. The setup arrives once
 * (workerData) as a copy; each city's scenario is validated here once, so every season's
 * `withSections` trusts it instead of parsing it again.
 */
import { workerData } from 'piscina';
import { validateScenario } from '../scenario/validate.ts';
import { evaluateProvinceJobs, type ProvinceJob, type ProvinceRow } from './evaluate.ts';
import type { ProvinceSetup } from './setup.ts';

const given = workerData as ProvinceSetup;
const setup: ProvinceSetup = {
  ...given,
  cities: given.cities.map((c) => ({ ...c, scenario: validateScenario(c.scenario) })),
};

export default async function evaluateBatch(task: { readonly jobs: readonly ProvinceJob[] }): Promise<ProvinceRow[]> {
  return evaluateProvinceJobs(setup, task.jobs);
}
