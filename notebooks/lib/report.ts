/**
 * A notebook's output: Markdown with PNG charts, and one self-contained HTML page with the
 * same text and live charts (vega, vega-lite and vega-embed inlined from node_modules, no CDN).
 * Blocks are kept as data and written both ways, so the two never disagree.
 * Output goes to notebooks/out/<name>/ (or $BAOGONG_NOTEBOOK_OUT/<name>/).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CJK_WEB_FONT_FILE,
  formatNumber,
  renderChartPng,
  ZH_FONT,
  type Lang,
  type VegaLiteSpec,
} from '../../engine/index.ts';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][] }
  | { kind: 'chart'; id: string; caption: string; spec: VegaLiteSpec };

const NODE_MODULES = new URL('../../node_modules/', import.meta.url);
const SCRIPTS = ['vega/build/vega.min.js', 'vega-lite/build/vega-lite.min.js', 'vega-embed/build/vega-embed.min.js'];

/** The page's Chinese font inlined, so the offline report shows Chinese on a machine without a CJK font (≈ 1.4 MB, Chinese reports only). */
const zhFontFace = () =>
  `@font-face{font-family:'Noto Sans SC';src:url(data:font/woff2;base64,${readFileSync(CJK_WEB_FONT_FILE).toString('base64')}) format('woff2')}`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** `code`, **bold** and [text](url) in HTML. */
const inline = (s: string) =>
  escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');

export function outDir(name: string): string {
  const base = process.env.BAOGONG_NOTEBOOK_OUT ?? new URL('../out/', import.meta.url).pathname;
  return join(base, name);
}

export class Report {
  private readonly blocks: Block[] = [];
  readonly dir: string;

  constructor(
    readonly name: string,
    readonly title: string,
    readonly lang: Lang = 'en',
  ) {
    this.dir = outDir(name);
    mkdirSync(this.dir, { recursive: true });
  }

  heading(text: string, level = 2): this {
    this.blocks.push({ kind: 'heading', level, text });
    return this;
  }

  text(...paragraphs: string[]): this {
    for (const text of paragraphs) this.blocks.push({ kind: 'text', text });
    return this;
  }

  list(items: string[]): this {
    this.blocks.push({ kind: 'list', items });
    return this;
  }

  table(headers: string[], rows: (string | number)[][]): this {
    this.blocks.push({ kind: 'table', headers, rows: rows.map((r) => r.map(String)) });
    return this;
  }

  /** Renders the chart to `<id>.png` now and keeps its spec for the HTML page. */
  async chart(id: string, caption: string, spec: VegaLiteSpec): Promise<this> {
    writeFileSync(join(this.dir, `${id}.png`), await renderChartPng(spec));
    this.blocks.push({ kind: 'chart', id, caption, spec });
    return this;
  }

  markdown(): string {
    const out = [`# ${this.title}`, ''];
    for (const b of this.blocks) {
      if (b.kind === 'heading') out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
      else if (b.kind === 'text') out.push(b.text, '');
      else if (b.kind === 'list') out.push(...b.items.map((i) => `- ${i}`), '');
      else if (b.kind === 'table')
        out.push(
          `| ${b.headers.join(' | ')} |`,
          `|${b.headers.map(() => '---').join('|')}|`,
          ...b.rows.map((r) => `| ${r.join(' | ')} |`),
          '',
        );
      else out.push(`![${b.caption}](${b.id}.png)`, '', `*${b.caption}*`, '');
    }
    return out.join('\n');
  }

  html(): string {
    const body = this.blocks.map((b) => {
      if (b.kind === 'heading') return `<h${b.level}>${inline(b.text)}</h${b.level}>`;
      if (b.kind === 'text') return `<p>${inline(b.text)}</p>`;
      if (b.kind === 'list') return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
      if (b.kind === 'table')
        return `<table><thead><tr>${b.headers.map((h) => `<th>${inline(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      const spec = this.lang === 'zh' ? { ...b.spec, config: { ...(b.spec.config ?? {}), font: ZH_FONT } } : b.spec;
      const json = JSON.stringify(spec).replace(/</g, '\\u003c');
      return `<figure><div id="chart-${b.id}"></div><figcaption>${inline(b.caption)}</figcaption></figure>\n<script>vegaEmbed('#chart-${b.id}', ${json}, { actions: false, renderer: 'svg' });</script>`;
    });
    const scripts = SCRIPTS.map(
      (p) => `<script>${readFileSync(new URL(p, NODE_MODULES), 'utf8').replace(/<\/script/gi, '<\\/script')}</script>`,
    ).join('\n');
    return `<!doctype html>
<html lang="${this.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(this.title)}</title>
<style>${this.lang === 'zh' ? zhFontFace() : ''}body{font-family:${this.lang === 'zh' ? "'Noto Sans SC','DejaVu Sans'" : "'DejaVu Sans'"},sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#111;line-height:1.45}
table{border-collapse:collapse;margin:1em 0;font-size:0.9em}th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
th{background:#f3f3f3}figure{margin:1.5em 0}figcaption{font-style:italic;color:#333}code{background:#f3f3f3;padding:0 3px}</style>
${scripts}
</head><body>
<h1>${inline(this.title)}</h1>
${body.join('\n')}
</body></html>
`;
  }

  /** Writes report.md and index.html; returns the folder. */
  write(): string {
    writeFileSync(join(this.dir, 'report.md'), this.markdown());
    writeFileSync(join(this.dir, 'index.html'), this.html());
    process.stderr.write(
      `wrote ${join(this.dir, 'report.md')}, index.html and ${this.blocks.filter((b) => b.kind === 'chart').length} PNG charts\n`,
    );
    return this.dir;
  }
}

/** Numbers for reports: thousands separated, fixed digits, '—' for null. */
export const num = (x: number | null | undefined, digits = 0) => formatNumber('en', x, digits);
/** A share in per cent: `95.0 %` in English, `95.0%` as Chinese reports write it. */
export const pct = (p: number | null | undefined, digits = 1, lang: Lang = 'en') =>
  p === null || p === undefined ? '—' : `${(p * 100).toFixed(digits)}${lang === 'zh' ? '' : ' '}%`;
