/** Spec of Cambodia's casualties chart: cambodiaCasualties with the 1996 statement and the cumulative total. */
import { cambodiaCasualties as years, cambodiaStatements } from '../../data';
import { cambodiaCumulativeFor, extremes } from '../../data/derive';
import { LAYOUTS } from '../kit/layout';
import { cambodiaCasualties } from './geometry';
import { cambodiaSvg } from './svg';
import { dataset, sourceKeys, toCsv, type ChartSpec } from '../kit/spec';
import { useTranslations, type Lang } from '../../i18n';

const ID = 'cambodia-casualties';
const INSET_FROM = 2010;

function required<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`charts: ${what} missing from content/data/casualties`);
  return value;
}

const statement = required(cambodiaStatements.get('casualties_1996_vs_now'), 'statement casualties_1996_vs_now');
const cumulative = cambodiaCumulativeFor('1979-2024');
const statedYear = Number(/in (\d{4})/.exec(statement.statement)?.[1]);
if (!statedYear) throw new Error('charts: the 1996 statement names no year');
const recorded = years.find((y) => y.year === statedYear);
if (recorded?.total == null) throw new Error(`charts: no recorded Cambodia total for ${statedYear}`);
const recordedTotal = recorded.total;

const first = years[0];
const last = years.at(-1)!;
const documented = years.filter((y) => y.total !== null);
const { low } = extremes(documented, (y) => y.total);
const missing = years.filter((y) => y.total === null).map((y) => y.year);
const split = years.filter((y) => y.killed !== null && y.injured !== null).length;
const recent = years.filter((y) => y.year >= INSET_FROM);
const insetMax = Math.ceil(Math.max(...recent.map((y) => y.total ?? 0)) / 100) * 100;

/** 1980–1995, 2004, 2018 */
function yearRuns(list: number[]): string {
  const runs: number[][] = [];
  for (const y of list) {
    const last = runs.at(-1);
    if (last && last.at(-1) === y - 1) last.push(y);
    else runs.push([y]);
  }
  return runs.map((r) => (r.length > 1 ? `${r[0]}–${r.at(-1)}` : String(r[0]))).join(', ');
}

/** The chart in one language: its words from that language's strings, its numbers and dates in its format. */
export function specFor(lang: Lang): ChartSpec {
  const t = useTranslations(lang);
  const { num } = t.format;
  const longDate = (iso: string) => t.format.date(iso, 'long');
  const s = (key: string, vars?: Record<string, string | number>) => t(`charts.${ID}.${key}`, vars);
  const title = s('title', { from: first.year, to: last.year });
  const desc = s('desc', {
    first: num(first.total!),
    firstYear: first.year,
    missing: yearRuns(missing),
    statedYear,
    recorded: num(recordedTotal),
    stated: num(statement.value),
    in1999: num(years.find((y) => y.year === 1999)!.total!),
    below100: documented.find((y) => y.year > 2000 && y.total! < 100)!.year,
    low: num(low.total!),
    lowYear: low.year,
    lastYear: last.year,
    last: num(last.total!),
    insetFrom: INSET_FROM,
    insetMax: num(insetMax),
    killed: num(cumulative.killed),
    injured: num(cumulative.injured),
  });

  function render(width: number, layout: string, standalone?: { css: string }): string {
    const g = cambodiaCasualties(
      {
        years,
        statement: {
          year: statedYear,
          value: statement.value,
          lines: [s('statement-1'), s('statement-2', { value: num(statement.value), year: statedYear })],
        },
        cumulative: {
          lines: [
            s('cumulative-1', { from: first.year, to: last.year }),
            s('cumulative-2', { killed: num(cumulative.killed), injured: num(cumulative.injured) }),
          ],
        },
        insetFrom: INSET_FROM,
      },
      width,
      t,
    );
    return cambodiaSvg(g, { chartId: ID, layout, title, desc, standalone, className: `lay-${layout}` });
  }

  const spec: ChartSpec = {
    id: ID,
    title,
    takeaway: s('takeaway', {
      last: num(last.total!),
      lastYear: last.year,
      killed: num(cumulative.killed),
      injured: num(cumulative.injured),
      firstYear: first.year,
    }),
    desc,
    source: {
      datasets: ['cambodia-data'],
      keys: sourceKeys([...years.map((y) => y.source), cumulative.source, statement.source]),
      asOf: dataset('cambodia-data', lang).asOf,
    },
    notes: [
      s('notes.gaps', { missing: yearRuns(missing) }),
      s('notes.split', {
        split,
        unsplit2002: num(
          years.find((y) => y.year === 2002)!.total! -
            years.find((y) => y.year === 2002)!.killed! -
            years.find((y) => y.year === 2002)!.injured!,
        ),
      }),
      s('notes.statement', {
        year: statedYear,
        date: longDate(statement.date),
        value: num(statement.value),
        recorded: num(recordedTotal),
      }),
      s('notes.inset', { from: INSET_FROM, to: last.year, max: num(insetMax) }),
      s('notes.cumulative', {
        to: last.year,
        killed: num(cumulative.killed),
        injured: num(cumulative.injured),
        keys: sourceKeys([cumulative.source]).join(', '),
      }),
    ],
    tables: [
      {
        id: `${ID}-table`,
        caption: s('table.caption', { from: first.year, to: last.year }),
        columns: [
          { label: s('table.year') },
          { label: s('table.killed'), numeric: true },
          { label: s('table.injured'), numeric: true },
          { label: s('table.total'), numeric: true },
          { label: s('table.source') },
        ],
        rows: years.map((y) => [
          String(y.year),
          y.killed,
          y.injured,
          y.total,
          y.total === null ? s('table.none-found') : sourceKeys([y.source]).join('; '),
        ]),
      },
    ],
    embedHeight: 1570,
    csv: toCsv(
      ['year', 'killed', 'injured', 'total', 'drawn_as', 'source'],
      years.map((y) => [
        y.year,
        y.killed,
        y.injured,
        y.total,
        s(y.total === null ? 'csv.gap' : y.killed !== null && y.injured !== null ? 'csv.split' : 'csv.total'),
        y.source,
      ]),
    ),
    svg(layout, standalone) {
      return render(LAYOUTS.find((l) => l.name === layout)!.width, layout, standalone);
    },
    svgAtWidth: (width) => render(width, `w${width}`),
  };
  return spec;
}

export const cambodiaCasualtiesSpec = specFor('en');
export { cambodiaCasualtiesSpec as spec };
