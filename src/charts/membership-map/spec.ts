/** Spec of the membership map: status of every state at a set of dates, drawn on world-atlas 110m. */
import countryCodes from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import worldFine from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { dataAsOf, membership, statusAt } from '../../data';
import { STATUSES_AT } from '../../data/membership';
import { membershipMap, type MapGeometry, type MapInput, type MapStatus } from './geometry';
import { mapSvg, STATUS_CODE, statusNames } from './svg';
import { membershipSource, toCsv, type ChartSpec } from '../kit/spec';
import { byName, countryName } from '../kit/countries';
import { t as english, useTranslations, type Lang } from '../../i18n';
import { FACT_KEYS, factLines, type FactWords, type StateDates } from './state-facts';

const ID = 'membership-map';
const firstYear = 1997;
const lastYearEnd = Number(dataAsOf.slice(0, 4)) - 1;

/** The dates the map can show: every 31 December from 1997, then the data's last date (the default). */
const DATES = [...Array.from({ length: lastYearEnd - firstYear + 1 }, (_, k) => `${firstYear + k}-12-31`), dataAsOf];
const datesIn = (t: typeof english) =>
  DATES.map((date, k) => ({
    date,
    label: k < DATES.length - 1 ? t('map.end-of', { year: firstYear + k }) : t('map.latest', { date: t.format.date(dataAsOf, 'long') }),
  }));
export const MAP_DATES = datesIn(english);
export const DEFAULT_INDEX = MAP_DATES.length - 1;
const END_2024 = MAP_DATES.findIndex((d) => d.date === '2024-12-31');

const toNumeric = (iso3: string) => countryCodes.alpha3ToNumeric(iso3);

/** World-atlas names of what the map draws without a status (territories, Antarctica), by their ISO numeric id where they have one. */
const atlasIds = new Map(
  (
    world as unknown as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } }
  ).objects.countries.geometries
    .filter((g) => g.id !== undefined)
    .map((g) => [g.properties.name, countryCodes.numericToAlpha3(g.id!)]),
);
/** An atlas feature's name in `lang`: the table's name for its code, else the atlas's own (Kosovo, N. Cyprus have no code). */
const atlasName = (name: string, lang: Lang) => {
  const iso3 = atlasIds.get(name);
  return iso3 ? countryName(iso3, lang, name) : name;
};

const LABELLED: MapInput['labelled'] = [
  // On a phone the labels are large against the map: only the two states the explainer follows are named.
  { iso3: 'USA', text: 'United States', layouts: ['m', 'l'] },
  { iso3: 'RUS', text: 'Russia', layouts: ['m', 'l'] },
  { iso3: 'UKR', text: 'Ukraine' },
  { iso3: 'KHM', text: 'Cambodia' },
];

/** The map's input with its states named in `lang` (English: membership.csv's names and the labels' short forms). */
function inputIn(lang: Lang): MapInput {
  return {
    topology: world as unknown as Topology,
    members: membership.members.map((m) => ({
      iso3: m.iso3,
      name: countryName(m.iso3, lang, m.name),
      statuses: DATES.map((date) => statusAt(m.iso3, date)),
    })),
    dates: DATES,
    toNumeric,
    labelled: LABELLED.map((l) => (lang === 'en' ? l : { ...l, text: countryName(l.iso3, lang) })),
    omit: ['Antarctica'],
    small: worldFine as unknown as Topology,
    inset: ['PRT', 'NOR', 'FIN', 'CYP', 'UKR'],
  };
}

export const mapInput: MapInput = inputIn('en');

/** Number of states with each status at each date (for the legend). */
export const MAP_COUNTS = MAP_DATES.map(
  (_, k) =>
    Object.fromEntries(
      STATUSES_AT.map((s) => [s, membership.members.filter((m) => statusAt(m.iso3, MAP_DATES[k].date) === s).length]),
    ) as Record<MapStatus, number>,
);

/** Everything the map shows in one language: its spec, dates, legend, drawing and each state's dates in words. */
export interface MapEdition {
  spec: ChartSpec;
  dates: { date: string; label: string }[];
  legend: { status: MapStatus | 'none'; code: string; label: string }[];
  /** Status names by status, for the date control's script. */
  statusLabels: Record<MapStatus, string>;
  geometry: MapGeometry;
  /** Each state's dates, alphabetical, packed for the picker (./state-facts.ts). */
  stateDates(): { iso3: string; name: string; dates: StateDates }[];
  /** The picker's sentences, placeholders unfilled: the browser writes each state's lines. */
  factWords: FactWords;
  /** Each state's lines as the browser writes them (for tests). */
  stateFacts(): { iso3: string; name: string; facts: string[] }[];
}

function editionIn(lang: Lang): MapEdition {
  const t = useTranslations(lang);
  const longDate = (iso: string) => t.format.date(iso, 'long');
  const STATUS_LABEL = statusNames(t);
  const NO_STATUS = t('status.none');
  const MAP_DATES = lang === 'en' ? ENGLISH_DATES : datesIn(t);
  const geometry = lang === 'en' ? ENGLISH_GEOMETRY : membershipMap(inputIn(lang));
  const MAP_LEGEND = [
    ...STATUSES_AT.map((status) => ({ status, code: STATUS_CODE[status], label: STATUS_LABEL[status] })),
    { status: 'none' as const, code: 't', label: NO_STATUS },
  ];
  const sorted = [...membership.members]
    .map((m) => ({ ...m, name: countryName(m.iso3, lang, m.name) }))
    .sort((a, b) => byName(lang)(a.name, b.name));

  /**
   * Each state's dates, alphabetical, for the country picker and the map's tooltips:
   * signed, joined, in force, withdrawal notified and effective, and a withdrawal with
   * no effective date (Ukraine's "suspension", which the treaty does not provide for).
   */
  function stateDates(): { iso3: string; name: string; dates: StateDates }[] {
    return sorted.map((m) => {
      const w = membership.withdrawals.find((x) => x.iso3 === m.iso3);
      const dates: StateDates = {
        signed: m.signed ?? null,
        joined: m.joined ?? null,
        how: m.joined ? (m.joinType ?? null) : null,
        inForce: m.entryIntoForce ?? null,
        notified: w && w.effective ? w.deposited : null,
        effective: w?.effective ?? null,
        suspension: w && !w.effective ? w.deposited : null,
        dot: geometry.dots.some((u) => u.iso3 === m.iso3),
      };
      return { iso3: m.iso3, name: m.name, dates };
    });
  }
  const factWords = Object.fromEntries(FACT_KEYS.map((k) => [k, t.raw(`charts.${ID}.picker.${k}`)])) as FactWords;
  const stateFacts = () => stateDates().map((st) => ({ ...st, facts: factLines(st.dates, factWords, longDate) }));

  const now = MAP_COUNTS[DEFAULT_INDEX];
  const at2024 = MAP_COUNTS[END_2024];
  const names = (iso3s: string[]) => iso3s.map((c) => countryName(c, lang));
  const withdrawn = membership.members
    .filter((m) => statusAt(m.iso3, dataAsOf) === 'withdrawn')
    .map((m) => countryName(m.iso3, lang, m.name));
  const undrawnNames = geometry.undrawn.filter((u) => !geometry.dots.some((d) => d.iso3 === u.iso3)).map((u) => u.name);
  const dotNames = geometry.dots.map((u) => u.name);

  const s = (key: string, vars?: Record<string, string | number>) => t(`charts.${ID}.${key}`, vars);
  const title = s('title', { from: firstYear, date: longDate(dataAsOf) });
  const desc = s('desc', {
    date: longDate(dataAsOf),
    parties: now.state_party,
    notParty: now.not_party,
    withdrawn: now.withdrawn,
    withdrawnNames: withdrawn.join(', '),
    signatories: now.signatory,
    never: names(['USA', 'RUS', 'CHN', 'IND', 'PAK', 'IRN']).join(', '),
    parties2024: at2024.state_party,
    signatories2024: at2024.signatory,
  });

  const membershipMapSpec: ChartSpec = {
    id: ID,
    title,
    takeaway: s('takeaway'),
    desc,
    source: membershipSource,
    notes: [
      s('notes.ukraine'),
      s('notes.territories', {
        territories: geometry.territories.map((tr) => atlasName(tr.name, lang)).join(', '),
        omitted: geometry.omitted.map((o) => atlasName(o, lang)).join(', '),
      }),
      `${s('notes.dots', { count: dotNames.length, names: dotNames.join(', ') })} ${t('map.dot-shapes')}`,
      ...(undrawnNames.length ? [s('notes.too-small', { count: undrawnNames.length, names: undrawnNames.join(', ') })] : []),
      s('notes.join'),
    ],
    tables: [
      {
        id: `${ID}-table`,
        caption: s('table.caption', { date: longDate(dataAsOf) }),
        columns: [
          { label: s('table.state'), sort: 'text' },
          { label: s('table.status-2024'), sort: 'text' },
          { label: s('table.status-at', { date: longDate(dataAsOf) }), sort: 'text' },
          { label: s('table.signed'), sort: 'date' },
          { label: s('table.joined'), sort: 'date' },
          { label: s('table.withdrawn'), sort: 'date' },
          { label: s('table.on-map'), sort: 'text' },
        ],
        rows: sorted.map((m) => [
          m.name,
          STATUS_LABEL[statusAt(m.iso3, '2024-12-31')],
          STATUS_LABEL[statusAt(m.iso3, dataAsOf)] + (m.iso3 === 'UKR' ? s('table.contested') : ''),
          m.signed ?? '—',
          m.joined ? `${m.joined} (${m.joinType})` : '—',
          membership.withdrawals.find((w) => w.iso3 === m.iso3)?.effective ?? '—',
          undrawnNames.includes(m.name) ? s('table.too-small') : dotNames.includes(m.name) ? s('table.dot') : s('table.yes'),
        ]),
      },
    ],
    embedHeight: 1850,
    csv: toCsv(
      [
        'iso3',
        'name',
        'status_2024_12_31',
        'status_2025_12_31',
        `status_${dataAsOf.replace(/-/g, '_')}`,
        'signed',
        'joined',
        'join_type',
        'withdrawal_effective',
        'drawn_on_map',
      ],
      [...membership.members]
        .sort((a, b) => a.iso3.localeCompare(b.iso3))
        .map((m) => [
          m.iso3,
          m.name,
          statusAt(m.iso3, '2024-12-31'),
          statusAt(m.iso3, '2025-12-31'),
          statusAt(m.iso3, dataAsOf),
          m.signed,
          m.joined,
          m.joinType,
          membership.withdrawals.find((w) => w.iso3 === m.iso3)?.effective ?? null,
          undrawnNames.includes(m.name) ? s('csv.too-small') : dotNames.includes(m.name) ? s('csv.dot') : s('csv.yes'),
        ]),
    ),
    // The map is one drawing at every width; its labels come in a set per layout.
    svgAtWidth: () => membershipMapSpec.svg('l'),
    svg(_layout, standalone) {
      return mapSvg(geometry, {
        t,
        territoryName: (name) => atlasName(name, lang),
        chartId: ID,
        layout: 'all',
        title,
        desc,
        index: DEFAULT_INDEX,
        className: 'map-svg',
        standalone: standalone
          ? {
              css: standalone.css,
              legend: MAP_LEGEND.map((l) => ({
                status: l.status,
                label: l.status === 'none' ? t('status.none-short') : `${l.label} (${now[l.status]})`,
              })),
            }
          : undefined,
      });
    },
  };

  return {
    spec: membershipMapSpec,
    dates: MAP_DATES,
    legend: MAP_LEGEND,
    statusLabels: STATUS_LABEL,
    geometry,
    stateDates,
    factWords,
    stateFacts,
  };
}

const ENGLISH_DATES = MAP_DATES;
const ENGLISH_GEOMETRY = membershipMap(mapInput);
const editions = new Map<Lang, MapEdition>();
/** The map in `lang`, built once per language. */
export function mapIn(lang: Lang): MapEdition {
  let edition = editions.get(lang);
  if (!edition) editions.set(lang, (edition = editionIn(lang)));
  return edition;
}
export const specFor = (lang: Lang) => mapIn(lang).spec;

const en = mapIn('en');
export const mapGeometry = en.geometry;
export const MAP_LEGEND = en.legend;
export const stateFacts = en.stateFacts;
export const membershipMapSpec = en.spec;
export { membershipMapSpec as spec };
