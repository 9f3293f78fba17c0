/**
 * Flags and table helpers shared by the risk commands (risk, size-reserve, gas-n1, heat-n1):
 * numbers and ranges from argv, the Monte Carlo flags into `RiskOptions`, a progress bar on a
 * terminal (stderr, so stdout stays clean for JSON) and plain-text tables.
 */
import {
  DISPATCH_MODES,
  SOLVER_CHOICES,
  WEATHER_KINDS,
  formatNumber,
  labelOf,
  runLabels,
  t,
  type DisruptionRates,
  type Lang,
  type RiskOptions,
  type RunLabels,
  type Scenario,
} from '../../index.ts';
import { choice, HELP_PARAMS, usageError, type Command, type OptionValues } from '../command.ts';

/** Options every sampling risk command takes. */
export const MONTE_CARLO_OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  mode: { type: 'string' },
  solver: { type: 'string' },
  weather: { type: 'string' },
  'cold-waves': { type: 'string' },
  'coal-events': { type: 'string' },
  'coal-days': { type: 'string' },
  'coal-cut': { type: 'string' },
  'gas-events': { type: 'string' },
  'gas-days': { type: 'string' },
  'gas-cut': { type: 'string' },
  'keep-disruptions': { type: 'boolean' },
  format: { type: 'string' },
} as const;

export const MONTE_CARLO_USAGE = `[--runs N] [--seed S] [--workers W] [--mode ${DISPATCH_MODES.join('|')}] [--solver ${SOLVER_CHOICES.join('|')}] [--weather ${WEATHER_KINDS.join('|')}] [--cold-waves PER_SEASON] [--coal-events PER_SEASON] [--coal-days MIN-MAX] [--coal-cut MIN-MAX] [--gas-events PER_SEASON] [--gas-days MIN-MAX] [--gas-cut MIN-MAX] [--keep-disruptions] [--format table|json|csv]`;

/** Help for the Monte Carlo options (disruption defaults: the scenario's `risk` block, whose own defaults are shown). */
export const MONTE_CARLO_HELP = Object.fromEntries(
  Object.keys(MONTE_CARLO_OPTIONS).map((name) => [
    name,
    t('en', `cli.help.risk.options.${name}` as never, HELP_PARAMS),
  ]),
) as Record<keyof typeof MONTE_CARLO_OPTIONS, string>;

/**
 * CSV text as the run's day table writes it: a header row (the unit in each name), numbers to
 * 4 decimals at most, yes/no as 1/0, an absent value empty, text with a comma or quote quoted.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  const cell = (v: string | number | boolean | null | undefined) => {
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
    if (typeof v === 'boolean') return v ? '1' : '0';
    if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/\.?0+$/, '');
    const s = v;
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/** A number flag, checked; undefined when absent. */
export function numberFlag(
  c: Command,
  values: OptionValues,
  name: string,
  o: { integer?: boolean; min?: number; max?: number } = {},
): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const v = Number(raw);
  const ok =
    typeof raw === 'string' &&
    raw.trim() !== '' &&
    Number.isFinite(v) &&
    (!o.integer || Number.isInteger(v)) &&
    v >= (o.min ?? -Infinity) &&
    v <= (o.max ?? Infinity);
  if (!ok) usageError(numberDetail(name, o, String(raw)), c);
  return v;
}

/** The usage error of a number flag out of its kind or bounds (`--runs must be a whole number ≥ 1; got x`). */
function numberDetail(
  name: string,
  o: { integer?: boolean; min?: number; max?: number },
  got: string,
): Parameters<typeof usageError>[0] {
  const kind = o.integer ? 'integer' : 'number';
  const bounds = o.min !== undefined ? (o.max !== undefined ? 'both' : 'min') : o.max !== undefined ? 'max' : undefined;
  if (bounds === undefined) return ['numberPlain', { name, kind, got }];
  return ['number', { name, kind, bounds, got, min: String(o.min), max: String(o.max) }];
}

/** A `MIN-MAX` flag (or a single value for both ends). */
export function rangeFlag(c: Command, values: OptionValues, name: string): [number, number] | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const parts = String(raw)
    .split(/(?<=\d)-/)
    .map(Number);
  if (parts.length === 1) parts.push(parts[0]);
  if (parts.length !== 2 || !parts.every(Number.isFinite)) usageError(['range', { name, got: String(raw) }], c);
  return [parts[0], parts[1]];
}

function rates(c: Command, values: OptionValues, what: 'coal' | 'gas'): Partial<DisruptionRates> {
  const out: { -readonly [K in keyof DisruptionRates]?: number } = {};
  const events = numberFlag(c, values, `${what}-events`, { min: 0 });
  if (events !== undefined) out.eventsPerSeason = events;
  const days = rangeFlag(c, values, `${what}-days`);
  if (days) [out.minDays, out.maxDays] = days;
  const cut = rangeFlag(c, values, `${what}-cut`);
  if (cut) [out.minCutFraction, out.maxCutFraction] = cut;
  return out;
}

/** The Monte Carlo flags as `RiskOptions` (baseDir and progress are the caller's). */
export function monteCarloOptions(c: Command, values: OptionValues): RiskOptions {
  return {
    runs: numberFlag(c, values, 'runs', { integer: true, min: 1, max: 1_000_000 }),
    seed: numberFlag(c, values, 'seed', { integer: true, min: 0, max: 0xffffffff }),
    workers: numberFlag(c, values, 'workers', { integer: true, min: 0, max: 256 }),
    mode: choice(c, 'mode', values.mode, DISPATCH_MODES),
    solver: choice(c, 'solver', values.solver, SOLVER_CHOICES),
    weather: choice(c, 'weather', values.weather, WEATHER_KINDS),
    coldWavesPerSeason: numberFlag(c, values, 'cold-waves', { min: 0 }),
    coalDisruptions: rates(c, values, 'coal'),
    gasDisruptions: rates(c, values, 'gas'),
    keepScenarioDisruptions: values['keep-disruptions'] === true,
  };
}

/** A progress bar on a terminal's stderr; silent when stderr is not a terminal, unless `always` (`--progress`). */
export function progressBar(label: string, width = 30, always = false): (done: number, total: number) => void {
  const started = Date.now();
  return (done, total) => {
    if (!process.stderr.isTTY && !always) return;
    const filled = Math.round((done / total) * width);
    const s = (Date.now() - started) / 1000;
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${s.toFixed(0)} s${done === total ? '\n' : ''}`,
    );
  };
}

export const fmt = (x: number | null | undefined, digits = 0) => formatNumber('en', x, digits);
/** A share in per cent: `95.0 %` in English, `95.0%` as Chinese reports write it. */
export const pct = (p: number | null | undefined, digits = 1, lang: Lang = 'en') =>
  p === null || p === undefined ? '—' : `${(p * 100).toFixed(digits)}${lang === 'en' ? ' ' : ''}%`;

export { table } from '../text-table.ts';

/** The names a risk table gives people: the scenario's title and its items' names (Chinese only; English keeps ids). */
export interface Names {
  readonly title: string;
  readonly of: (kind: 'sources' | 'yards' | 'zones' | 'supplyPoints', id: string) => string;
}

/** Names from the scenario for `lang`: in English the ids, as the tables always printed them. */
export function namesFor(scenario: Scenario, lang: Lang): Names {
  if (lang === 'en') return { title: scenario.id, of: (_kind, id) => id };
  const labels: RunLabels = runLabels(scenario);
  return {
    title: labels.scenario[lang] ?? labels.scenario.en ?? scenario.id,
    of: (kind, id) => labelOf({ labels }, kind, id),
  };
}
