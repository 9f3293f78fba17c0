/**
 * `npx tsx scripts/chart-images.ts`: redraws the chart images the README shows,
 * docs/images/chart-zh.png and docs/images/chart-en.png: the coal stock of the Zhucheng
 * scenario (a 14-day rail disruption in a cold wave) in Chinese and in English, drawn by the
 * engine's own PNG renderer at scale 1. Run it after changing the charts and commit the images.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartSpec, loadScenarioFile, renderChartPng, runScenario, SHIPPED_SCENARIOS_DIR } from '../engine/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/images');

const file = join(SHIPPED_SCENARIOS_DIR, 'zhucheng.json');
const result = await runScenario(loadScenarioFile(file), { baseDir: SHIPPED_SCENARIOS_DIR });
mkdirSync(OUT, { recursive: true });
for (const lang of ['zh', 'en'] as const) {
  const out = join(OUT, `chart-${lang}.png`);
  writeFileSync(out, await renderChartPng(chartSpec('coal-stock', result, { lang })));
  process.stdout.write(`wrote ${out.slice(ROOT.length)}\n`);
}
