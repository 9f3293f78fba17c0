/**
 * One cell to one JSON value, by the field's kind, or a problem naming the cell: text where a
 * number belongs, a date that is not a date, a yes/no that is neither. What a spreadsheet
 * does to values is undone here: formulas give their result, rich text its plain text, a
 * date cell its ISO date, a number typed as text (`"12.5"`) its number.
 */
import type { CellValue } from 'exceljs';
import { type Message, message } from '../i18n/message.ts';
import type { CellKind } from './schema-fields.ts';

export type Read =
  | { ok: true; value: string | number | boolean }
  | { ok: false; message: string; text: Message }
  | { ok: true; value: undefined };

/** The plain value of a cell: null when empty. */
export function plain(value: CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('result' in value) return plain(value.result as CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return `#${String(value.error).replace(/^#/, '')}`;
  }
  return null;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Reads a cell for a field; `field` names it in messages. */
export function readCell(raw: CellValue, kind: CellKind, field: string, options?: readonly string[]): Read {
  const v = plain(raw);
  if (v === null || v === '') return { ok: true, value: undefined };
  const got = typeof v === 'string' ? JSON.stringify(v) : v instanceof Date ? isoOf(v) : String(v);
  switch (kind) {
    case 'number':
    case 'integer': {
      let n: number | undefined;
      if (typeof v === 'number') n = v;
      else if (typeof v === 'string' && NUMBER_TEXT.test(v.trim())) n = Number(v.trim());
      if (n === undefined || !Number.isFinite(n))
        return { ok: false, ...message('problems.xlsx.mustBeNumber', { field, got }) };
      if (kind === 'integer' && !Number.isInteger(n))
        return { ok: false, ...message('problems.xlsx.mustBeWhole', { field, got }) };
      return { ok: true, value: n };
    }
    case 'boolean': {
      if (typeof v === 'boolean') return { ok: true, value: v };
      const t = String(v).trim().toLowerCase();
      if (t === 'true' || t === 'false') return { ok: true, value: t === 'true' };
      return { ok: false, ...message('problems.xlsx.mustBeBoolean', { field, got }) };
    }
    case 'date': {
      if (v instanceof Date) return { ok: true, value: isoOf(v) };
      if (typeof v === 'string') return { ok: true, value: v.trim() };
      // a date stored as Excel's day number (a date typed into a cell formatted as text reads so): days since 1899-12-30
      if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 2958466)
        return { ok: true, value: isoOf(new Date(Date.UTC(1899, 11, 30) + v * 86_400_000)) };
      return { ok: false, ...message('problems.xlsx.mustBeDate', { field, got }) };
    }
    case 'enum': {
      const t = String(v).trim();
      if (options && !options.includes(t))
        return { ok: false, ...message('problems.xlsx.oneOf', { field, options: options.join(', '), got }) };
      return { ok: true, value: t };
    }
    case 'text':
      if (v instanceof Date) return { ok: true, value: isoOf(v) };
      return { ok: true, value: typeof v === 'string' ? v : String(v) };
  }
}
