// `--output table`, ported from awscli/table.py and the TableFormatter in awscli/formatter.py: a
// title row with the operation name, a section per nested structure or list (indented with `|`),
// headers sorted by key, and columns scaled to the widest section. A table wider than the terminal
// is turned on its side (one header/value pair a row) for single-row sections, as the CLI does.

import { pythonStr } from './python-str';

type Json = unknown;

interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indent: number;
  maxWidths: number[];
}

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: Json) => !Array.isArray(value) && !isObject(value);
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** East Asian wide and fullwidth characters take two columns, as get_text_length counts them. */
export function textWidth(value: string): number {
  let width = 0;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (Math.abs(diff - 0.5) < 1e-9) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(value);
}

class MultiTable {
  readonly sections: Section[] = [];
  #current: Section | undefined;

  newSection(title: string, indent: number): void {
    this.#current = { title, headers: [], rows: [], indent, maxWidths: [] };
    this.sections.push(this.#current);
  }

  addHeader(headers: string[]): void {
    this.#updateWidths(this.#current!, headers);
    this.#current!.headers = headers;
  }

  addRow(row: Json[]): void {
    const cells = row.map(pythonStr);
    this.#current!.rows.push(cells);
    this.#updateWidths(this.#current!, cells);
  }

  #updateWidths(section: Section, row: string[]): void {
    if (section.maxWidths.length === 0) section.maxWidths = row.map(textWidth);
    else row.forEach((cell, i) => (section.maxWidths[i] = Math.max(textWidth(cell), section.maxWidths[i] ?? 0)));
  }
}

function columnWidths(section: Section, maxWidth?: number): number[] {
  const unscaled = section.maxWidths.map((width) => width + 4);
  if (maxWidth === undefined || unscaled.length === 0) return unscaled;
  const scale = maxWidth / unscaled.reduce((sum, width) => sum + width, 0);
  const scaled = unscaled.map((width) => roundHalfEven(scale * width));
  let offBy = scaled.reduce((sum, width) => sum + width, 0) - maxWidth;
  while (offBy !== 0) {
    const order = [...scaled.keys()];
    if (offBy < 0) order.reverse();
    for (const i of order) {
      scaled[i]! += offBy > 0 ? -1 : 1;
      offBy += offBy > 0 ? -1 : 1;
      if (offBy === 0) break;
    }
  }
  return scaled;
}

function totalWidth(section: Section): number {
  const columns = section.maxWidths.reduce((sum, width) => sum + width + 4, 0) + 2 + 2 * section.indent;
  return Math.max(textWidth(section.title) + 2 + 2 * section.indent, columns);
}

function centerText(text: string, length: number, left: string, right: string): string {
  const start = Math.floor(length / 2) - Math.floor(textWidth(text) / 2) - 1;
  const soFar = left.length + start + textWidth(text);
  return `${left}${' '.repeat(Math.max(0, start))}${text}${' '.repeat(Math.max(0, length - right.length - soFar))}${right}`;
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const padding = length - (textWidth(text) + 2 + left.length + right.length) >= 0 ? 2 : 0;
  const soFar = left.length + padding + textWidth(text);
  return `${left}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, length - soFar - right.length))}${right}`;
}

function lineBreak(widths: number[]): string {
  return `${widths.map((width, i) => (i === 0 ? `+${'-'.repeat(width - 2)}+` : `${'-'.repeat(width - 1)}+`)).join('')}\n`;
}

function render(table: MultiTable, terminalWidth: number): string {
  let sections = table.sections;
  let maxWidth = Math.max(...sections.map(totalWidth));
  if (maxWidth > terminalWidth) {
    // convert_to_vertical_table: a single-row section becomes header | value rows.
    sections = sections.map((section) => {
      if (section.rows.length !== 1 || section.headers.length === 0) return section;
      const vertical: Section = { title: section.title, headers: [], rows: [], indent: section.indent, maxWidths: [] };
      section.headers.forEach((header, i) => {
        const row = [header, section.rows[0]![i] ?? ''];
        vertical.rows.push(row);
        vertical.maxWidths = vertical.maxWidths.length === 0 ? row.map(textWidth) : row.map((cell, j) => Math.max(textWidth(cell), vertical.maxWidths[j]!));
      });
      return vertical;
    });
    maxWidth = Math.max(...sections.map(totalWidth));
  }
  let out = `${'-'.repeat(maxWidth)}\n`;
  for (const section of sections) {
    const indent = '|'.repeat(section.indent);
    const width = maxWidth - section.indent * 2;
    const write = (line: string) => {
      out += line.endsWith('\n') ? `${indent}${line.slice(0, -1)}${indent}\n` : `${indent}${line}`;
    };
    if (section.title) {
      write(`${centerText(section.title, width, '|', '|')}\n`);
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(width - 2)}+\n`);
    }
    if (section.headers.length > 0) {
      const widths = columnWidths(section, width);
      write(lineBreak(widths));
      write(`${section.headers.map((header, i) => centerText(header, widths[i]!, i === 0 ? '|' : '', '|')).join('')}\n`);
    }
    if (section.rows.length > 0) {
      const widths = columnWidths(section, width);
      write(lineBreak(widths));
      for (const row of section.rows) write(`${widths.map((w, i) => alignLeft(row[i] ?? '', w, i === 0 ? '|' : '', '|')).join('')}\n`);
      write(lineBreak(widths));
    }
  }
  return out;
}

function scalarKeys(current: Record<string, Json>): { headers: string[]; more: string[] } {
  const headers = Object.keys(current).filter((key) => isScalar(current[key])).sort(byKey);
  const more = Object.keys(current).filter((key) => !isScalar(current[key])).sort(byKey);
  return { headers, more };
}

const truthy = (value: Json) =>
  !(value === null || value === undefined || value === false || value === 0 || value === '' || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0));

function build(table: MultiTable, title: string | undefined, current: Json, indent: number): boolean {
  if (!truthy(current)) return false;
  if (title !== undefined) table.newSection(title, indent);
  if (Array.isArray(current)) {
    if (isObject(current[0])) buildFromList(table, current as Array<Record<string, Json>>, indent, title);
    else {
      for (const item of current) {
        if (isScalar(item)) table.addRow([item]);
        else if (Array.isArray(item) && item.every(isScalar)) table.addRow(item);
        else build(table, undefined, item, 0);
      }
    }
  }
  if (isObject(current)) {
    const { headers, more } = scalarKeys(current);
    if (headers.length === 1) table.addRow([headers[0]!, current[headers[0]!]]);
    else if (headers.length > 0) {
      table.addHeader(headers);
      table.addRow(headers.map((key) => current[key]));
    }
    for (const key of more) build(table, key, current[key], indent + 1);
  }
  return true;
}

function buildFromList(table: MultiTable, items: Array<Record<string, Json>>, indent: number, title: string | undefined): void {
  const headers = new Set<string>();
  const more = new Set<string>();
  for (const item of items) {
    if (!isObject(item)) continue;
    const keys = scalarKeys(item);
    keys.headers.forEach((key) => headers.add(key));
    keys.more.forEach((key) => more.add(key));
  }
  const sortedHeaders = [...headers].sort(byKey);
  const sortedMore = [...more].sort(byKey);
  table.addHeader(sortedHeaders);
  items.forEach((element, index) => {
    if (index > 0 && sortedMore.length > 0) {
      table.newSection(title ?? '', indent);
      table.addHeader(sortedHeaders);
    }
    table.addRow(sortedHeaders.map((key) => (key in element ? element[key] : '')));
    for (const key of sortedMore) if (key in element) build(table, key, element[key], indent + 1);
  });
}

/** The table for `response` titled with the operation name, or '' when there is nothing to show. */
export function formatTable(operation: string, response: Json, terminalWidth = 80): string {
  const table = new MultiTable();
  if (!build(table, operation, response, 0)) return '';
  return render(table, terminalWidth);
}
