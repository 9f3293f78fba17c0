/**
 * Makes the project's CJK font: Noto Sans SC Regular cut down to ASCII, Latin-1, general and
 * CJK punctuation, the superscripts and units the reports print, and the 6 763 hanzi and
 * symbols of GB 2312. Run by hand when the text needs a character GB 2312 lacks; the output
 * is committed under assets/fonts/ with the font's OFL licence, so `npm ci` needs nothing.
 *
 *   npm install --no-save @expo-google-fonts/noto-sans-sc@0.4.3 subset-font@2.9.0
 *   node scripts/subset-cjk-font.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const subsetFont = (await import('subset-font')).default;
const pkg = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const source = readFileSync(join(pkg, '400Regular', 'NotoSansSC_400Regular.ttf'));

/** Every character GB 2312 encodes: rows 0xA1–0xF7, cells 0xA1–0xFE, decoded as GBK (its superset). */
function gb2312() {
  const decoder = new TextDecoder('gbk', { fatal: true });
  let out = '';
  for (let row = 0xa1; row <= 0xf7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      try {
        out += decoder.decode(Uint8Array.of(row, cell));
      } catch {
        // an unassigned cell
      }
    }
  return out;
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
const text = [
  range(0x20, 0x7e), // ASCII
  range(0xa0, 0xff), // Latin-1 (°, ±, ×, ·, ²)
  range(0x2000, 0x206f), // general punctuation (–, —, ‰, …)
  range(0x2070, 0x209f), // superscripts and subscripts (³, ⁴)
  '−≤≥≈→←↑↓∑√∞€¥℃№Ⅰ', // signs the tables and charts print
  range(0x3000, 0x303f), // CJK punctuation
  range(0xff01, 0xff5e), // full-width forms
  gb2312(),
].join('');

const outDir = join(dirname(new URL(import.meta.url).pathname), '..', 'assets', 'fonts');
for (const [format, file] of [
  ['truetype', 'NotoSansSC-Regular-GB2312.ttf'],
  ['woff2', 'NotoSansSC-Regular-GB2312.woff2'],
]) {
  const out = await subsetFont(source, text, { targetFormat: format });
  writeFileSync(join(outDir, file), out);
  console.log(`${file}: ${(out.length / 1024).toFixed(0)} KiB, ${[...new Set(text)].length} characters asked for`);
}
writeFileSync(join(outDir, 'OFL.txt'), readFileSync(join(pkg, 'LICENSE_FONT')));
