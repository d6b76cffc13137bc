/** Spec of the global casualties chart: Landmine Monitor's yearly totals and its 2023 breakdown. */
import { global2023, global2024, globalByYear } from '../../data';
import { topCountries } from '../../data/casualties';
import { LAYOUTS } from '../../charts/layout';
import { globalCasualties } from '../../charts/global-casualties';
import { globalSvg } from '../../charts/svg/global-casualties';
import { num } from '../../charts/format';
import { dataset, sourceKeys, toCsv, type ChartSpec } from './common';

const ID = 'global-casualties';

function metric(map: typeof global2023, key: string): { value: number; source: string } {
  const m = map.get(key);
  if (m?.value == null) throw new Error(`charts: metric ${key} has no value`);
  return { value: m.value, source: m.source };
}

const latestYear = 2024;
const latest = metric(global2024, 'total_casualties_2024');
if (globalByYear.some((y) => y.year === latestYear)) throw new Error('charts: global_by_year.csv now holds 2024; drop the global_2024.csv splice');
const years = [
  ...globalByYear.map((y) => ({ year: y.year, casualties: y.casualties, source: y.source })),
  { year: latestYear, casualties: latest.value, source: latest.source },
];
const total2023 = metric(global2023, 'total_casualties_2023');
const killed = metric(global2023, 'killed_2023');
const injured = metric(global2023, 'injured_2023');
const unknown = metric(global2023, 'unknown_survival_status_2023');
const civilian = metric(global2023, 'civilian_share_pct');
if (killed.value + injured.value + unknown.value !== total2023.value) throw new Error('charts: 2023 killed + injured + unknown ≠ total');
const countries = topCountries(global2023);

const documented = years.filter((y) => y.casualties !== null) as { year: number; casualties: number; source: string }[];
const peak = documented.reduce((a, b) => (b.casualties > a.casualties ? b : a));
const low = documented.reduce((a, b) => (b.casualties < a.casualties ? b : a));
const missing = years.filter((y) => y.casualties === null).map((y) => y.year);
const first = documented[0];

const title = `Mine and ERW casualties worldwide, ${years[0].year}–${latestYear}`;
const desc =
  `Bar chart of casualties recorded by Landmine Monitor each year from ${years[0].year} to ${latestYear}, with no total found for ${missing.join(' and ')}. ` +
  `${first.year} had ${num(first.casualties)}; the lowest was ${num(low.casualties)} in ${low.year} and the highest ${num(peak.casualties)} in ${peak.year}. ` +
  `The latest year, ${latestYear}, had ${num(latest.value)}. A second part breaks down 2023's ${num(total2023.value)} casualties: ${num(killed.value)} killed, ` +
  `${num(injured.value)} injured and ${num(unknown.value)} of unknown outcome; ${civilian.value}% were civilians where status was known. ` +
  `A third part ranks the ten countries with most casualties in 2023, led by ${countries[0].country} (${num(countries[0].casualties)}) and ${countries[1].country} (${num(countries[1].casualties)}).`;

function render(width: number, layout: string, standalone?: { css: string }): string {
  const g = globalCasualties(
    {
      years,
      latestYear,
      breakdown: {
        year: 2023,
        total: total2023.value,
        parts: [
          { kind: 'killed', label: 'killed', value: killed.value },
          { kind: 'injured', label: 'injured', value: injured.value },
          { kind: 'unknown', label: 'unknown', value: unknown.value },
        ],
        note: `${civilian.value}% were civilians (where status was known).`,
      },
      countries,
    },
    width,
  );
  return globalSvg(g, { chartId: ID, layout, title, desc, standalone, className: `lay-${layout}` });
}

export const globalCasualtiesSpec: ChartSpec = {
  id: ID,
  title,
  takeaway: `Recorded casualties fell to ${num(low.casualties)} in ${low.year}, rose to a peak of ${num(peak.casualties)} in ${peak.year} and were ${num(latest.value)} in ${latestYear}; in 2023 and 2024 most casualties whose status was known were civilians.`,
  desc,
  source: {
    datasets: ['global-data'],
    keys: sourceKeys([...years.map((y) => y.source), total2023.source, killed.source, injured.source, civilian.source, ...countries.map((c) => global2023.get(`country_${c.country.replace(/ /g, '_')}`)!.source)]),
    asOf: dataset('global-data').asOf,
  },
  notes: [
    `No yearly total was found for ${missing.join(' or ')}; these years are gaps marked “no data”, not zero.`,
    `Each year uses the latest revised figure found (Landmine Monitor revises earlier years as reports arrive); ${latestYear} is the first published figure and may be revised. The ${years[0].year} figure comes from a secondary source quoting the Monitor.`,
    `Figures are recorded casualties, which Landmine Monitor gives as minimums (“at least”): a casualty nobody recorded is not counted.`,
    `Civilian share: ${civilian.value}% of 2023 casualties whose civilian or military status was known.`,
  ],
  tables: [
    {
      id: `${ID}-years`,
      caption: `Recorded casualties worldwide per year, ${years[0].year}–${latestYear}`,
      columns: [{ label: 'Year' }, { label: 'Casualties', numeric: true }, { label: 'Source key' }],
      rows: years.map((y) => [String(y.year), y.casualties, y.casualties === null ? 'none found' : sourceKeys([y.source]).join('; ')]),
    },
    {
      id: `${ID}-2023`,
      caption: `Casualties in 2023 by outcome and the ${countries.length} countries with most casualties`,
      columns: [{ label: 'Part' }, { label: 'Casualties', numeric: true }],
      rows: [
        ['Killed', killed.value],
        ['Injured', injured.value],
        ['Outcome unknown', unknown.value],
        ['Total', total2023.value],
        ...countries.map((c) => [`${c.rank}. ${c.country}`, c.casualties] as [string, number]),
      ],
    },
  ],
  csv: toCsv(
    ['view', 'label', 'casualties', 'note'],
    [
      ...years.map((y) => ['per year', String(y.year), y.casualties, y.casualties === null ? 'no data' : y.year === latestYear ? 'latest' : ''] as const),
      ['2023 by outcome', 'killed', killed.value, ''],
      ['2023 by outcome', 'injured', injured.value, ''],
      ['2023 by outcome', 'unknown', unknown.value, ''],
      ['2023 by outcome', 'total', total2023.value, `${civilian.value}% civilians where status known`],
      ...countries.map((c) => ['2023 top countries', c.country, c.casualties, `rank ${c.rank}`] as const),
    ].map((row) => [...row]),
  ),
  svg(layout, standalone) {
    return render(LAYOUTS.find((l) => l.name === layout)!.width, layout, standalone);
  },
  svgAtWidth: (width) => render(width, `w${width}`),
};
