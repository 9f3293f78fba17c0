/**
 * Province studies (docs/province.md): several city scenarios with one weather draw a season
 * and shared gas supply points and coal routes. Re-exported by engine/index.ts.
 *
 * The contract a queue runs (each step plain data in, plain data out):
 *   prepareProvince(spec, options)      → ProvinceSetup     (spec from loadProvinceStudy / provinceSpec)
 *   evaluateProvinceJobs(setup, jobs)   → ProvinceRow[]     (rows carry their `index`)
 *   summariseProvince(setup, rows)      → ProvinceResult    (rows sorted by index; no clock values)
 */
export { loadProvinceStudy, provinceSpec, validateStudy, type ProvinceCity, type ProvinceSpec } from './load.ts';
export { prepareProvince, type ProvinceOptions, type ProvinceSetup, type ProvinceSetupCity } from './setup.ts';
export {
  evaluateProvinceJobs,
  provinceSeason,
  type CitySeason,
  type FailureKind,
  type ProvinceJob,
  type ProvinceRow,
  type ProvinceSeason,
} from './evaluate.ts';
export {
  summariseProvince,
  type CityDistribution,
  type ProvinceDistribution,
  type ProvinceResult,
  type SharedSummary,
} from './summary.ts';
export { createProvinceExecutor, runProvinceStudy, type ProvinceExecutor, type ProvinceStudyResult } from './run.ts';
export { provinceFailureSpec, provinceUnservedHeatSpec } from './charts.ts';
