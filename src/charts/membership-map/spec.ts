/** Spec of the membership map: status of every state at a set of dates, drawn on world-atlas 110m. */
import countryCodes from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import worldFine from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { dataAsOf, membership, statusAt } from '../../data';
import { STATUSES_AT } from '../../data/membership';
import { membershipMap, type MapInput, type MapStatus } from './geometry';
import { mapSvg, NO_STATUS, STATUS_CODE, STATUS_LABEL } from './svg';
import { longDate } from '../../format';
import { membershipSource, toCsv, type ChartSpec } from '../kit/spec';
import { t } from '../../i18n';

const ID = 'membership-map';
const firstYear = 1997;
const lastYearEnd = Number(dataAsOf.slice(0, 4)) - 1;

/** The dates the map can show: every 31 December from 1997, then the data's last date (the default). */
export const MAP_DATES = [
  ...Array.from({ length: lastYearEnd - firstYear + 1 }, (_, k) => ({
    date: `${firstYear + k}-12-31`,
    label: t('map.end-of', { year: firstYear + k }),
  })),
  { date: dataAsOf, label: t('map.latest', { date: longDate(dataAsOf) }) },
];
export const DEFAULT_INDEX = MAP_DATES.length - 1;
const END_2024 = MAP_DATES.findIndex((d) => d.date === '2024-12-31');

const toNumeric = (iso3: string) => countryCodes.alpha3ToNumeric(iso3);

export const mapInput: MapInput = {
  topology: world as unknown as Topology,
  members: membership.members.map((m) => ({ iso3: m.iso3, name: m.name, statuses: MAP_DATES.map((d) => statusAt(m.iso3, d.date)) })),
  dates: MAP_DATES.map((d) => d.date),
  toNumeric,
  labelled: [
    // On a phone the labels are large against the map: only the two states the explainer follows are named.
    { iso3: 'USA', text: 'United States', layouts: ['m', 'l'] },
    { iso3: 'RUS', text: 'Russia', layouts: ['m', 'l'] },
    { iso3: 'UKR', text: 'Ukraine' },
    { iso3: 'KHM', text: 'Cambodia' },
  ],
  omit: ['Antarctica'],
  small: worldFine as unknown as Topology,
  inset: ['PRT', 'NOR', 'FIN', 'CYP', 'UKR'],
};
const geometry = membershipMap(mapInput);
export const mapGeometry = geometry;

/** Number of states with each status at each date (for the legend). */
export const MAP_COUNTS = MAP_DATES.map(
  (_, k) =>
    Object.fromEntries(
      STATUSES_AT.map((s) => [s, membership.members.filter((m) => statusAt(m.iso3, MAP_DATES[k].date) === s).length]),
    ) as Record<MapStatus, number>,
);

export const MAP_LEGEND = [
  ...STATUSES_AT.map((status) => ({ status, code: STATUS_CODE[status], label: STATUS_LABEL[status] })),
  { status: 'none' as const, code: 't', label: NO_STATUS },
];

/**
 * Each state's dates in words, alphabetical, for the country picker and the
 * map's tooltips: signed, joined, in force, withdrawal notified and effective,
 * and the note on a withdrawal with no effective date (Ukraine's "suspension").
 */
export function stateFacts(): { iso3: string; name: string; facts: string[] }[] {
  const p = (key: string, vars?: Record<string, string | number>) => t(`charts.${ID}.picker.${key}`, vars);
  return [...membership.members]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((m) => {
      const w = membership.withdrawals.find((x) => x.iso3 === m.iso3);
      const facts = [
        m.signed ? p('signed', { date: longDate(m.signed) }) : p('not-signed'),
        m.joined ? p('joined', { date: longDate(m.joined), how: m.joinType ?? '' }) : p('not-joined'),
      ];
      if (m.entryIntoForce) facts.push(p('in-force', { date: longDate(m.entryIntoForce) }));
      if (w && w.effective) facts.push(p('notified', { date: longDate(w.deposited) }), p('effective', { date: longDate(w.effective) }));
      if (w && !w.effective) facts.push(p('suspension', { date: longDate(w.deposited) }));
      if (geometry.dots.some((u) => u.iso3 === m.iso3)) facts.push(p('dot'));
      return { iso3: m.iso3, name: m.name, facts };
    });
}

const now = MAP_COUNTS[DEFAULT_INDEX];
const at2024 = MAP_COUNTS[END_2024];
const names = (iso3s: string[]) => iso3s.map((c) => membership.members.find((m) => m.iso3 === c)!.name);
const withdrawn = membership.members.filter((m) => statusAt(m.iso3, dataAsOf) === 'withdrawn').map((m) => m.name);
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

export const membershipMapSpec: ChartSpec = {
  id: ID,
  title,
  takeaway: s('takeaway'),
  desc,
  source: membershipSource,
  notes: [
    s('notes.ukraine'),
    s('notes.territories', { territories: geometry.territories.map((tr) => tr.name).join(', '), omitted: geometry.omitted.join(', ') }),
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
      rows: [...membership.members]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map((m) => [
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
  embedTables: 'link',
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

export { membershipMapSpec as spec };
