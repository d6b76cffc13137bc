/**
 * What every chart figure needs besides its geometry: title, takeaway, SVG
 * description, source line, notes, data tables and the CSV of what is plotted.
 * Built from src/data at build time; the figure components, the download
 * endpoints and the tests all read the same spec.
 */
import { parse } from 'yaml';
import datasetsYaml from '../../../content/datasets.yaml?raw';
import type { LayoutName } from './layout';
import { dataAsOf, membership } from '../../data';
import type { ChartId } from '../registry';
import { DEFAULT_LANG, type Lang } from '../../i18n';

export interface Dataset {
  id: string;
  title: string;
  asOf: string;
  upstream: string;
  /** The source line in words: publisher, edition and year. */
  credit: string;
  sourcesDoc: string;
  files: string[];
}

export const datasets: Dataset[] = parse(datasetsYaml);

/** The translators' datasets.yaml per language (content/l10n/<lang>/), where it exists yet. */
const translated = import.meta.glob<string>('../../../content/l10n/*/datasets.yaml', { query: '?raw', import: 'default', eager: true });

/**
 * A dataset as `lang` describes it: its as-of date and upstream in the language's
 * words where its translators' file gives them; title and credit stay as the
 * source writes them (content/l10n rules), and English fills any gap.
 */
export function dataset(id: string, lang: Lang = DEFAULT_LANG): Dataset {
  const d = datasets.find((x) => x.id === id);
  if (!d) throw new Error(`charts: unknown dataset ${id} (content/datasets.yaml)`);
  const file = lang === DEFAULT_LANG ? undefined : translated[`../../../content/l10n/${lang}/datasets.yaml`];
  const own = file ? (parse(file) as Partial<Dataset>[]).find((x) => x.id === id) : undefined;
  return own ? { ...d, asOf: own.asOf ?? d.asOf, upstream: own.upstream ?? d.upstream } : d;
}

/** A cell: text, a number, or null for an undocumented value (shown as "no data"). */
export type Cell = string | number | null;

export interface Column {
  label: string;
  numeric?: boolean;
  /** Sort key for the map table's script: "text" | "number" | "date". */
  sort?: 'text' | 'number' | 'date';
}

export interface TableSpec {
  id: string;
  caption: string;
  columns: Column[];
  /** The first cell of each row is its header (th scope="row"). */
  rows: Cell[][];
}

export interface SourceLine {
  datasets: string[];
  /** Upstream source keys, as the CSVs name them. */
  keys: string[];
  asOf: string;
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  takeaway: string;
  /** The SVG <desc>: the trend and the extremes in words. */
  desc: string;
  source: SourceLine;
  notes: string[];
  tables: TableSpec[];
  csv: string;
  /**
   * Fallback iframe height (px) for hosts that do not load embed.js: enough for the
   * whole figure, with its data table closed, at column widths of 640 px and more
   * (tests/browser/embed.test.ts measures it). embed.js replaces it with the exact height.
   */
  embedHeight: number;
  svg(layout: LayoutName, standalone?: { css: string }): string;
  /** The same drawing at any width (tests check widths beyond the three layouts). */
  svgAtWidth(width: number): string;
}

/** Source keys named in "KEY (comment; more); KEY2" cells, first-seen order, no duplicates. */
export function sourceKeys(cells: string[]): string[] {
  const out = new Set<string>();
  for (const cell of cells) {
    // Comments in parentheses may hold semicolons and capitalised words: drop them first.
    let text = cell;
    while (/\([^()]*\)/.test(text)) text = text.replace(/\([^()]*\)/g, '');
    for (const part of text.split(';')) {
      const key = /^\s*([A-Z][A-Za-z0-9_]*[A-Z0-9])\b/.exec(part)?.[1];
      if (key && key !== 'NOT') out.add(key);
    }
  }
  return [...out];
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends; empty cells are undocumented values. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The source line of both membership charts: the two datasets and every key their rows cite. */
export const membershipSource: SourceLine = {
  datasets: ['membership-data', 'withdrawals-data'],
  keys: sourceKeys([...membership.members.flatMap((m) => m.sources), ...membership.withdrawals.flatMap((w) => w.sources)]),
  asOf: dataAsOf,
};
