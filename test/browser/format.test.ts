/**
 * The page's figures and what-if texts (server/public/format.js, what-if-text.js; plain browser
 * JS, run here under Node with the server's catalogue lookups): English as the page always
 * wrote them, Chinese as the engine's formatQuantity and formatDate write them (万吨, 万 m³,
 * 万元/亿元, 天, 2013年1月20日), so the page and the reports cannot drift apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate as engineDate, formatQuantity, type Lang, type Quantity, t, tryT } from '../../engine/index.ts';

const fmt = await import(new URL('../../server/public/format.js', import.meta.url).href);
const text = await import(new URL('../../server/public/what-if-text.js', import.meta.url).href);

/** The page's `{ lang, t, word }` (i18n.js), made from the server's catalogue. */
function tr(lang: Lang) {
  return {
    lang,
    t: (key: string, params?: Record<string, string | number>) => t(lang, key as never, params),
    word: (part: string, code: string) => (lang === 'en' ? code : (tryT(lang, `domain.${part}.${code}`) ?? code)),
  };
}

const UNIT_OF: Record<string, Quantity> = { t: 'coal', 'm³': 'gas', '¥': 'money', MWh: 'heat', MW: 'power', d: 'days' };

describe('withUnit', () => {
  it('writes English as the page always has', () => {
    expect(fmt.withUnit(1234.5, 'MWh')).toBe('1,235 MWh');
    expect(fmt.withUnit(48319.4, '¥')).toBe('¥48,319');
    expect(fmt.withUnit(25.06, 'd', 1)).toBe('25.1 d');
    expect(fmt.withUnit(null, 't')).toBe('—');
  });

  it('writes Chinese as the engine does, in 万 where the figure is large', () => {
    expect(fmt.withUnit(48_319, 't', 0, 'zh')).toBe('4.83 万吨');
    expect(fmt.withUnit(1_250, 't', 0, 'zh')).toBe('1,250 吨');
    expect(fmt.withUnit(3.2e8, '¥', 0, 'zh')).toBe('3.20 亿元');
    expect(fmt.withUnit(25.06, 'd', 1, 'zh')).toBe('25.1 天');
    expect(fmt.withUnit(49_621_000, 'm³', 0, 'zh')).toBe('4,962 万 m³');
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(UNIT_OF)),
        fc.double({ min: -1e10, max: 1e10, noNaN: true }),
        (unit, value) => {
          const q = UNIT_OF[unit];
          const digits = ['coal', 'gas', 'money'].includes(q) ? undefined : 1;
          expect(fmt.withUnit(value, unit, 1, 'zh')).toBe(formatQuantity('zh', q, value, digits));
        },
      ),
      { seed: 20130120, numRuns: 300 },
    );
  });

  it('writes dates as the engine does', () => {
    for (const iso of ['2013-01-20', '2012-11-05', null])
      for (const lang of ['zh', 'en'] as const) expect(fmt.formatDate(lang, iso)).toBe(engineDate(lang, iso));
    expect(fmt.formatDate('zh', '2013-01-20')).toBe('2013年1月20日');
  });
});

describe('describeWhatIf', () => {
  const w = {
    coldWaves: [{ start: '2013-01-08', days: 6, grade: 'extreme' }],
    gasCuts: [
      { at: 'pipeline', start: '2013-01-10', end: '2013-01-14', days: 5, cutFraction: 0.4 },
      { at: 'lng', start: '2013-01-10', end: '2013-01-14', days: 5, cutFraction: 0.4 },
    ],
    coalCuts: [],
    setpointC: 18,
    mode: 'season',
  };

  it('says a what-if in English as the page always has', () => {
    expect(text.describeWhatIf(w, tr('en'))).toBe(
      'cold wave 2013-01-08 for 6 d, extreme; gas cut 40 % at pipeline, lng, 2013-01-10 for 5 d; setpoint 18 °C; season dispatch',
    );
    expect(text.describeWhatIf({ coldWaves: [], gasCuts: [], coalCuts: [] }, tr('en'))).toBe('baseline');
    expect(text.describeWhatIf(null, tr('en'))).toBe('full scenario (no what-if recorded)');
  });

  it('says it in Chinese with the domain words and Chinese dates', () => {
    expect(text.describeWhatIf(w, tr('zh'))).toBe(
      '寒潮：2013年1月8日起6天，特强寒潮；气源压减 40%（pipeline、lng），2013年1月10日起5天；室内设计温度 18 °C；调度方式：全采暖期调度',
    );
    expect(text.describeWhatIf({ coldWaves: [], gasCuts: [], coalCuts: [] }, tr('zh'))).toBe('基准');
  });
});
