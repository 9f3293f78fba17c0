/** Choosing the language (LANG, Accept-Language) and writing figures as each language's reports do. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatQuantity, langFromAcceptLanguage, langFromEnv, parseLang, t } from '../../engine/index.ts';

describe('choosing the language', () => {
  it('reads LANG the POSIX way (LC_ALL first)', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });
  it('takes the best-weighted language of Accept-Language', () => {
    expect(langFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(langFromAcceptLanguage('en-US,en;q=0.9,zh-CN;q=0.5')).toBe('en');
    expect(langFromAcceptLanguage('fr-FR, zh;q=0.3, en;q=0.2')).toBe('zh');
    expect(langFromAcceptLanguage('fr-FR')).toBeUndefined();
    expect(langFromAcceptLanguage('zh;q=0, en;q=0.1')).toBe('en');
  });
  it('parses the forms a person types', () => {
    expect(parseLang('ZH-cn')).toBe('zh');
    expect(parseLang('de')).toBeUndefined();
  });
});

describe('figures as a Chinese report writes them', () => {
  it('counts tonnes, m³ and yuan in 万 and 亿', () => {
    expect(formatQuantity('zh', 'coal', 48_319)).toBe('4.83 万吨');
    expect(formatQuantity('zh', 'coal', 856.7)).toBe('857 吨');
    expect(formatQuantity('zh', 'gas', 1_234_567)).toBe('123 万 m³');
    expect(formatQuantity('zh', 'money', 2.5e8)).toBe('2.50 亿元');
    expect(formatQuantity('zh', 'money', 65_000)).toBe('6.50 万元');
    expect(formatQuantity('zh', 'temperature', -7.6)).toBe('-7.6°C');
    expect(formatQuantity('en', 'coal', 48_319)).toBe('48,319 t');
  });
  it('writes dates as 2013年1月20日', () => {
    expect(formatDate('zh', '2013-01-20')).toBe('2013年1月20日');
    expect(formatDate('en', '2013-01-20')).toBe('2013-01-20');
  });
  it('names the domain in each language', () => {
    expect(t('zh', 'domain.coldWaveGrade.extreme')).toBe('特强寒潮');
    expect(t('en', 'domain.gasCategory.cng-vehicles')).toBe('CNG vehicles');
    expect(t('zh', 'domain.term.protectHomes')).toBe('压非保民');
  });
});
