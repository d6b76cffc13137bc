/** Spec of the global casualties chart: Landmine Monitor's yearly totals and its 2023 breakdown. */
import { global2023 } from '../../data';
import { topCountries } from '../../data/casualties';
import { extremes, GLOBAL_LATEST_YEAR as latestYear, globalSeries as years, metric } from '../../data/derive';
import { LAYOUTS } from '../kit/layout';
import { globalCasualties } from './geometry';
import { globalSvg } from './svg';
import { dataset, sourceKeys, toCsv, type ChartSpec } from '../kit/spec';
import { countryName, iso3Named } from '../kit/countries';
import { useTranslations, type Lang } from '../../i18n';

const ID = 'global-casualties';

const latest = { value: years.at(-1)!.casualties! };
const total2023 = metric(global2023, 'total_casualties_2023');
const killed = metric(global2023, 'killed_2023');
const injured = metric(global2023, 'injured_2023');
const unknown = metric(global2023, 'unknown_survival_status_2023');
const civilian = metric(global2023, 'civilian_share_pct');
if (killed.value + injured.value + unknown.value !== total2023.value) throw new Error('charts: 2023 killed + injured + unknown ≠ total');
const countries = topCountries(global2023);

const documented = years.filter((y) => y.casualties !== null) as { year: number; casualties: number; source: string }[];
const { peak, low } = extremes(documented, (y) => y.casualties);
const missing = years.filter((y) => y.casualties === null).map((y) => y.year);
const first = documented[0];

// The breakdowns are a year older than the headline total: the title says so.
const BREAKDOWN_YEAR = 2023;

/** The chart in one language: its words from that language's strings, numbers in its format, countries named in it. */
export function specFor(lang: Lang): ChartSpec {
  const t = useTranslations(lang);
  const { num } = t.format;
  const s = (key: string, vars?: Record<string, string | number>) => t(`charts.${ID}.${key}`, vars);
  const named = countries.map((c) => ({ ...c, country: countryName(iso3Named(c.country), lang, c.country) }));
  const title = s('title', { from: years[0].year, to: latestYear, breakdownYear: BREAKDOWN_YEAR });
  const desc = s('desc', {
    from: years[0].year,
    to: latestYear,
    missing: missing.join(` ${s('and')} `),
    firstYear: first.year,
    first: num(first.casualties),
    low: num(low.casualties),
    lowYear: low.year,
    peak: num(peak.casualties),
    peakYear: peak.year,
    latest: num(latest.value),
    total2023: num(total2023.value),
    killed: num(killed.value),
    injured: num(injured.value),
    unknown: num(unknown.value),
    civilian: num(civilian.value),
    c1: named[0].country,
    c1n: num(countries[0].casualties),
    c2: named[1].country,
    c2n: num(countries[1].casualties),
  });

  function render(width: number, layout: string, standalone?: { css: string }): string {
    const g = globalCasualties(
      {
        years,
        latestYear,
        breakdown: {
          year: BREAKDOWN_YEAR,
          total: total2023.value,
          parts: [
            { kind: 'killed', label: s('parts.killed'), value: killed.value },
            { kind: 'injured', label: s('parts.injured'), value: injured.value },
            { kind: 'unknown', label: s('parts.unknown'), value: unknown.value },
          ],
          note: s('civilian-note', { pct: num(civilian.value) }),
        },
        countries: named,
      },
      width,
      t,
    );
    return globalSvg(g, { chartId: ID, layout, title, desc, standalone, className: `lay-${layout}` });
  }

  const spec: ChartSpec = {
    id: ID,
    title,
    takeaway: s('takeaway', {
      low: num(low.casualties),
      lowYear: low.year,
      peak: num(peak.casualties),
      peakYear: peak.year,
      latest: num(latest.value),
      latestYear,
    }),
    desc,
    source: {
      datasets: ['global-data'],
      keys: sourceKeys([
        ...years.map((y) => y.source),
        total2023.source,
        killed.source,
        injured.source,
        civilian.source,
        ...countries.map((c) => global2023.get(`country_${c.country.replace(/ /g, '_')}`)!.source),
      ]),
      asOf: dataset('global-data', lang).asOf,
    },
    notes: [
      s('notes.gaps', { missing: missing.join(` ${s('or')} `) }),
      s('notes.revised', { latestYear, firstYear: years[0].year }),
      s('notes.minimums'),
      s('notes.civilian', { pct: num(civilian.value) }),
    ],
    tables: [
      {
        id: `${ID}-years`,
        caption: s('table.caption-years', { from: years[0].year, to: latestYear }),
        columns: [{ label: s('table.year') }, { label: s('table.casualties'), numeric: true }, { label: s('table.source') }],
        rows: years.map((y) => [
          String(y.year),
          y.casualties,
          y.casualties === null ? s('table.none-found') : sourceKeys([y.source]).join('; '),
        ]),
      },
      {
        id: `${ID}-2023`,
        caption: s('table.caption-2023', { count: countries.length }),
        columns: [{ label: s('table.part') }, { label: s('table.casualties'), numeric: true }],
        rows: [
          [s('table.killed'), killed.value],
          [s('table.injured'), injured.value],
          [s('table.unknown'), unknown.value],
          [s('table.total'), total2023.value],
          ...named.map((c) => [`${c.rank}. ${c.country}`, c.casualties] as [string, number]),
        ],
      },
    ],
    embedHeight: 1610,
    csv: toCsv(
      ['view', 'label', 'casualties', 'note'],
      [
        ...years.map(
          (y) =>
            [
              s('csv.per-year'),
              String(y.year),
              y.casualties,
              y.casualties === null ? t('no-data') : y.year === latestYear ? s('latest') : '',
            ] as const,
        ),
        [s('csv.by-outcome'), 'killed', killed.value, ''],
        [s('csv.by-outcome'), 'injured', injured.value, ''],
        [s('csv.by-outcome'), 'unknown', unknown.value, ''],
        [s('csv.by-outcome'), 'total', total2023.value, s('csv.civilians', { pct: num(civilian.value) })],
        ...countries.map((c) => [s('csv.top-countries'), c.country, c.casualties, s('csv.rank', { rank: c.rank })] as const),
      ].map((row) => [...row]),
    ),
    svg(layout, standalone) {
      return render(LAYOUTS.find((l) => l.name === layout)!.width, layout, standalone);
    },
    svgAtWidth: (width) => render(width, `w${width}`),
  };
  return spec;
}

export const globalCasualtiesSpec = specFor('en');
export { globalCasualtiesSpec as spec };
