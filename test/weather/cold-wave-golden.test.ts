/** GB/T 21987 golden of the shipped Beijing series (test/golden/cold-waves-beijing.json). */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTemperatureCsv } from '../../engine/weather/index.ts';
import { coldWaveGolden, expectColdWaveGolden, type ColdWaveGolden } from './cold-wave-golden.ts';

const CSV = 'scenarios/data/beijing-daily-temperature-2010-2014.csv';
const FILE = fileURLToPath(new URL('../golden/cold-waves-beijing.json', import.meta.url));
const series = parseTemperatureCsv(readFileSync(new URL(`../../${CSV}`, import.meta.url), 'utf8'), CSV);
const golden = coldWaveGolden(series, CSV);

describe('GB/T 21987 golden of the Beijing 2010–2014 series', () => {
  it('matches test/golden/cold-waves-beijing.json', () => {
    expectColdWaveGolden(golden, FILE);
  });

  it('every graded day meets both GB/T 21987 conditions of its grade in the window it names', () => {
    expect(golden.gradedDays.length).toBeGreaterThan(0);
    for (const d of golden.gradedDays) {
      const c = golden.criteria[d.grade as keyof ColdWaveGolden['criteria']];
      expect(d.dropC, d.date).toBeGreaterThanOrEqual(c.drops[d.windowH / 24 - 1]);
      expect(d.minC, d.date).toBeLessThanOrEqual(c.maxMinC);
      expect(d.dropsC[d.windowH / 24 - 1]).toBe(d.dropC);
    }
    expect(golden.gradedDays.find((d) => d.date === '2010-01-05')).toMatchObject({
      grade: 'cold-wave',
      windowH: 72,
      dropC: 13,
      minC: -19,
    });
  });

  describe('the comparison can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cold-wave-golden-'));
    const file = join(dir, 'g.json');

    it('a missing golden fails under CI=true and is not written, even with UPDATE_GOLDEN=1', () => {
      expect(() => expectColdWaveGolden(golden, file, { CI: 'true', UPDATE_GOLDEN: '1' })).toThrow(/missing/);
      expect(existsSync(file)).toBe(false);
    });

    it('a missing golden fails without UPDATE_GOLDEN', () => {
      expect(() => expectColdWaveGolden(golden, file, {})).toThrow(/missing/);
      expect(existsSync(file)).toBe(false);
    });

    it('a changed grade, window or drop fails and leaves the new golden beside the old one', () => {
      const tampered = structuredClone(golden) as unknown as {
        gradedDays: { grade: string; windowH: number; dropC: number }[];
      };
      tampered.gradedDays[0] = { ...tampered.gradedDays[0], grade: 'strong', windowH: 24, dropC: 8 };
      writeFileSync(file, JSON.stringify(tampered));
      expect(() => expectColdWaveGolden(golden, file, {})).toThrow(/differs in 3 place/);
      expect(existsSync(join(dir, 'g.new.json'))).toBe(true);
      writeFileSync(file, JSON.stringify({ ...golden, gradedDays: golden.gradedDays.slice(1) }));
      expect(() => expectColdWaveGolden(golden, file, {})).toThrow(/differs/);
      expectColdWaveGolden(golden, file.replace('g.json', 'g.new.json'), {});
      rmSync(dir, { recursive: true, force: true });
    });
  });
});
