/**
 * The chart as a tree a screen reader can walk (the structure Olli and Data
 * Navigator propose): what the chart shows, then each series or group, then
 * each value. Built from the spec's data tables, so it says exactly what the
 * tables say: a gap stays a gap ("no data"), nothing is interpolated.
 */
import type { Cell, ChartSpec, TableSpec } from './spec';
import { t as english, type Translate } from '../../i18n';
import { afterValue } from '../../format';

export interface ExploreNode {
  label: string;
  children: ExploreNode[];
}

// A table keeps a date column's ISO days (the dataset's values); spoken, they are dates in the page's language.
const cellText = (c: Cell, t: Translate) =>
  c === null ? t('explore.no-data') : typeof c === 'number' ? t.format.num(c) : t.format.asOf(c);

/** Columns whose every cell is a number or a gap: the chart's plotted series. */
export function seriesColumns(table: TableSpec): number[] {
  return table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c, k }) => k > 0 && c.numeric && table.rows.every((r) => r[k] === null || typeof r[k] === 'number'))
    .map(({ k }) => k);
}

function seriesNode(table: TableSpec, k: number, prefix: string, t: Translate): ExploreNode {
  const values = table.rows.map((r) => ({ at: cellText(r[0], t), v: r[k] as number | null }));
  const known = values.filter((x): x is { at: string; v: number } => x.v !== null);
  const low = known.reduce((a, b) => (b.v < a.v ? b : a), known[0]);
  const high = known.reduce((a, b) => (b.v > a.v ? b : a), known[0]);
  const label = known.length
    ? t('explore.series', {
        name: prefix + table.columns[k].label,
        count: values.length,
        from: values[0].at,
        to: values[values.length - 1].at,
        low: t.format.num(low.v),
        lowAt: low.at,
        high: t.format.num(high.v),
        highAt: high.at,
        gaps: values.length - known.length,
      })
    : prefix + table.columns[k].label;
  return { label, children: values.map((x) => ({ label: `${x.at}: ${cellText(x.v, t)}`, children: [] })) };
}

/** Above this many rows a value is named by its row header only: the page carries its details (the map's picker). */
export const LONG_TABLE = 60;

function rowNode(table: TableSpec, row: Cell[], t: Translate): ExploreNode {
  if (table.rows.length > LONG_TABLE) return { label: cellText(row[0], t), children: [] };
  const rest = row.slice(1).map((c, i) => `${table.columns[i + 1].label}: ${cellText(c, t)}`);
  return { label: `${cellText(row[0], t)}. ${rest.join('; ')}`, children: [] };
}

/** Rows grouped by the column with most distinct values up to 8 (a status); else in runs of 20. */
function groupNodes(table: TableSpec, prefix: string, t: Translate): ExploreNode[] {
  const sizes = table.columns.map((_, i) => (i === 0 ? 0 : new Set(table.rows.map((r) => r[i])).size));
  const fit = sizes.map((n) => (n > 1 && n <= 8 ? n : 0));
  const k = fit.indexOf(Math.max(...fit));
  if (k > 0) {
    const values = [...new Set(table.rows.map((r) => r[k]))];
    return values.map((v) => {
      const rows = table.rows.filter((r) => r[k] === v);
      return {
        label: t('explore.group', { name: prefix + table.columns[k].label, value: cellText(v, t), count: rows.length }),
        children: rows.map((r) => rowNode(table, r, t)),
      };
    });
  }
  const runs: ExploreNode[] = [];
  for (let i = 0; i < table.rows.length; i += 20) {
    const rows = table.rows.slice(i, i + 20);
    runs.push({
      label: t('explore.run', { from: cellText(rows[0][0], t), to: cellText(rows[rows.length - 1][0], t), count: rows.length }),
      children: rows.map((r) => rowNode(table, r, t)),
    });
  }
  return runs;
}

/** `t`: the page's language (its words and number format). */
export function exploreTree(spec: Pick<ChartSpec, 'title' | 'takeaway' | 'tables'>, t: Translate = english): ExploreNode {
  const children = spec.tables.flatMap((table) => {
    const prefix = spec.tables.length > 1 ? `${table.caption}: ` : '';
    const series = seriesColumns(table);
    return series.length ? series.map((k) => seriesNode(table, k, prefix, t)) : groupNodes(table, prefix, t);
  });
  return { label: `${spec.title}${afterValue(spec.title, `. ${spec.takeaway}`)}`, children };
}

/** The trend the Listen control plays: the last plotted series of the first table (the total where there are parts). */
export function trendSeries(spec: Pick<ChartSpec, 'tables'>): { name: string; at: string[]; values: (number | null)[] } | null {
  const table = spec.tables[0];
  const k = seriesColumns(table).at(-1);
  if (k === undefined) return null;
  return { name: table.columns[k].label, at: table.rows.map((r) => String(r[0])), values: table.rows.map((r) => r[k] as number | null) };
}

/** Lowest and highest tone in Hz: two octaves, comfortable on phone speakers. */
export const TONE_LOW = 220;
export const TONE_HIGH = 880;

/**
 * Value → pitch, evenly spaced in octaves between the lowest and highest value;
 * a gap is silence (null), never zero; a flat series sits in the middle.
 */
export function toneFrequencies(values: (number | null)[], low = TONE_LOW, high = TONE_HIGH): (number | null)[] {
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values.map((v) => {
    if (v === null) return null;
    const share = max === min ? 0.5 : (v - min) / (max - min);
    return low * Math.pow(high / low, share);
  });
}
