/**
 * docs/glossary.md holds every word of the catalogue's `domain` part: one table row per key
 * with its Chinese and its English exactly as the catalogue has them, and the units table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaves } from '../support/catalogue-leaves.ts';
import { CATALOGUES } from '../../engine/index.ts';

const glossary = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');

/** The table row that names `key`, split into its cells. */
function row(text: string, key: string): string[] | undefined {
  const line = text.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${key}\``));
  return line
    ?.split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('docs/glossary.md', () => {
  const zh = leaves(CATALOGUES.zh.domain, 'domain');
  const en = [...leaves(CATALOGUES.en.domain, 'domain')];

  it('has a row for every domain key with its Chinese and English', () => {
    expect(en.length).toBeGreaterThan(50);
    const wrong = en.filter(([key, english]) => {
      const cells = row(glossary, key);
      return !cells || cells[0] !== zh.get(key) || cells[1] !== english;
    });
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('notices a word that is missing or differs (the check itself can fail)', () => {
    const key = 'domain.coldWaveGrade.strong';
    expect(row(glossary.replace(`\`${key}\``, ''), key)).toBeUndefined();
    expect(row(glossary.replace('| 强寒潮 |', '| 较强寒潮 |'), key)?.[0]).not.toBe(zh.get(key));
  });

  it('gives the units as Chinese reports count them', () => {
    for (const unit of ['| 万吨 | 10⁴ t |', '| 万 m³（万立方米） | 10⁴ m³ |', '| 万元 | 10⁴ ¥ |', '| 亿元 | 10⁸ ¥ |'])
      expect(glossary).toContain(unit);
    expect(glossary).toContain('储备量不得少于30天的日最大耗煤量');
  });
});
