/**
 * The six shipped scenarios speak Chinese: a Chinese name and description in
 * `translations.zh`, Chinese names on every source, yard, zone and supply point (what the
 * CLI's Chinese tables print), and a Chinese citation of the plan beside the English ones.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runLabels, scenarioDescription, scenarioTitle } from '../../engine/index.ts';

const FILES = ['demo-beijing-2012', 'jincheng-2017', 'ordos', 'yutai-2021', 'zhangjiakou', 'zhucheng'];
const han = /\p{Script=Han}/u;

describe('shipped scenarios in Chinese', () => {
  for (const name of FILES) {
    it(`${name}: translations.zh, Chinese names, a Chinese citation; English kept`, () => {
      const s = loadScenarioFile(new URL(`../../scenarios/${name}.json`, import.meta.url).pathname);
      const zh = s.translations?.zh;
      expect(zh?.name).toMatch(han);
      expect(zh?.description).toMatch(han);
      expect((zh?.description ?? '').length).toBeGreaterThan(60);
      expect(s.name).not.toBe(zh?.name); // the English name stays the fallback
      expect(s.name).toMatch(/[A-Za-z]{4,}/);
      expect(scenarioDescription(s, 'zh')).toBe(zh?.description);
      const labels = runLabels(s);
      expect(scenarioTitle({ scenarioId: s.id, scenarioName: s.name, labels }, 'zh')).toBe(zh?.name);
      const items = [...s.sources, ...s.yards, ...s.zones, ...s.gas.supplyPoints];
      expect(items.filter((x) => !x.name || !han.test(x.name)).map((x) => x.id)).toEqual([]);
      const chinese = s.meta.sources.filter(
        (c) => han.test(c) && !/[A-Za-z]{4,}/.test(c.replace(/GB[/T ]*\d+|LNG|CNG|MW/g, '')),
      );
      expect(chinese.length).toBeGreaterThanOrEqual(1);
      if (name !== 'demo-beijing-2012') {
        expect(chinese.some((c) => c.startsWith('规划：') && c.includes('情景库摘要'))).toBe(true);
        expect(s.meta.sources.some((c) => c.startsWith('Plan: '))).toBe(true);
      }
    });
  }
});
