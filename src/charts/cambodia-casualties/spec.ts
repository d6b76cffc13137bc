/** Spec of Cambodia's casualties chart: cambodiaCasualties with the 1996 statement and the cumulative total. */
import { cambodiaCasualties as years, cambodiaStatements } from '../../data';
import { cambodiaCumulativeFor, extremes } from '../../data/derive';
import { LAYOUTS } from '../kit/layout';
import { cambodiaCasualties } from './geometry';
import { cambodiaSvg } from './svg';
import { longDate, num } from '../../format';
import { dataset, sourceKeys, toCsv, type ChartSpec } from '../kit/spec';

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

const title = `Recorded mine and ERW casualties in Cambodia, ${first.year}–${last.year}`;
const desc =
  `Bar chart of recorded casualties per year. The record starts with ${num(first.total!)} in ${first.year}; no yearly figure was found for ${yearRuns(missing)}, ` +
  `shown as gaps. ${statedYear} has ${num(recorded.total)} recorded casualties, against the Prime Minister's 2024 statement of "over ${num(statement.value)}". ` +
  `Casualties fell to ${num(years.find((y) => y.year === 1999)!.total!)} in 1999 and below 100 a year from ${documented.find((y) => y.year > 2000 && y.total! < 100)!.year}; ` +
  `the lowest was ${num(low.total!)} in ${low.year} and ${last.year} had ${num(last.total!)}. A second panel shows ${INSET_FROM}–${last.year} on a 0–${num(insetMax)} scale. ` +
  `In total ${num(cumulative.killed)} people were recorded killed and ${num(cumulative.injured)} injured from 1979 to ${last.year}.`;

function render(width: number, layout: string, standalone?: { css: string }): string {
  const g = cambodiaCasualties(
    {
      years,
      statement: { year: statedYear, value: statement.value, lines: [`PM in 2024: “over`, `${num(statement.value)}” in ${statedYear}`] },
      cumulative: { lines: [`Recorded ${first.year}–${last.year}:`, `${num(cumulative.killed)} killed, ${num(cumulative.injured)} injured`] },
      insetFrom: INSET_FROM,
    },
    width,
  );
  return cambodiaSvg(g, { chartId: ID, layout, title, desc, standalone, className: `lay-${layout}` });
}

export const cambodiaCasualtiesSpec: ChartSpec = {
  id: ID,
  title,
  takeaway: `Recorded casualties fell from thousands a year in the 1990s to ${num(last.total!)} in ${last.year}, and ${num(cumulative.killed)} killed and ${num(cumulative.injured)} injured have been recorded since ${first.year}.`,
  desc,
  source: {
    datasets: ['cambodia-data'],
    keys: sourceKeys([...years.map((y) => y.source), cumulative.source, statement.source]),
    asOf: dataset('cambodia-data').asOf,
  },
  notes: [
    `Years with no figure found in the stored sources (${yearRuns(missing)}) are gaps marked “no data”, not zero. Annual recording for Cambodia started in 1994 according to Landmine Monitor; the 1979 figure comes from a later CMVIS compilation.`,
    `Bars are split into killed and injured for the ${split} years where the sources give the split; other years show the total only (hatched). In 2002, ${num(years.find((y) => y.year === 2002)!.total! - years.find((y) => y.year === 2002)!.killed! - years.find((y) => y.year === 2002)!.injured!)} casualties recorded after the report was printed are not split.`,
    `For ${statedYear}, Prime Minister Hun Manet said on ${longDate(statement.date)} that casualties had plummeted “from an average of over ${num(statement.value)} per year in ${statedYear}”; the CMVIS record for that year is ${num(recorded.total)}.`,
    `The second panel repeats ${INSET_FROM}–${last.year} on its own axis (0–${num(insetMax)}) so that tens per year stay readable; its bars are not comparable in height with the first panel.`,
    `Cumulative totals (1979–${last.year}): ${num(cumulative.killed)} killed and ${num(cumulative.injured)} injured, including amputees (CMAA via ${sourceKeys([cumulative.source]).join(', ')}).`,
  ],
  tables: [
    {
      id: `${ID}-table`,
      caption: `Recorded casualties in Cambodia per year, ${first.year}–${last.year}`,
      columns: [{ label: 'Year' }, { label: 'Killed', numeric: true }, { label: 'Injured', numeric: true }, { label: 'Total', numeric: true }, { label: 'Source key' }],
      rows: years.map((y) => [String(y.year), y.killed, y.injured, y.total, y.total === null ? 'none found' : sourceKeys([y.source]).join('; ')]),
    },
  ],
  embedHeight: 1460,
  csv: toCsv(
    ['year', 'killed', 'injured', 'total', 'drawn_as', 'source'],
    years.map((y) => [
      y.year,
      y.killed,
      y.injured,
      y.total,
      y.total === null ? 'gap (no data)' : y.killed !== null && y.injured !== null ? 'killed + injured' : 'total only',
      y.source,
    ]),
  ),
  svg(layout, standalone) {
    return render(LAYOUTS.find((l) => l.name === layout)!.width, layout, standalone);
  },
  svgAtWidth: (width) => render(width, `w${width}`),
};

export { cambodiaCasualtiesSpec as spec };
