/** Spec of the membership map: status of every state at a set of dates, drawn on world-atlas 110m. */
import countryCodes from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { dataAsOf, membership, statusAt } from '../../data';
import { membershipMap, type MapInput, type MapStatus } from '../../charts/membership-map';
import { mapSvg, NO_STATUS, STATUS_CODE, STATUS_LABEL } from '../../charts/svg/membership-map';
import { longDate } from '../../charts/format';
import { membershipSource, toCsv, type ChartSpec } from './common';

const ID = 'membership-map';
const firstYear = 1997;
const lastYearEnd = Number(dataAsOf.slice(0, 4)) - 1;

/** The dates the map can show: every 31 December from 1997, then the data's last date (the default). */
export const MAP_DATES = [
  ...Array.from({ length: lastYearEnd - firstYear + 1 }, (_, k) => ({ date: `${firstYear + k}-12-31`, label: `End of ${firstYear + k}` })),
  { date: dataAsOf, label: `Latest (${longDate(dataAsOf)})` },
];
export const DEFAULT_INDEX = MAP_DATES.length - 1;
const END_2024 = MAP_DATES.findIndex((d) => d.date === '2024-12-31');

const STATUSES: MapStatus[] = ['state_party', 'signatory', 'withdrawn', 'not_party'];
const toNumeric = (iso3: string) => countryCodes.alpha3ToNumeric(iso3);

export const mapInput: MapInput = {
  topology: world as unknown as Topology,
  members: membership.members.map((m) => ({ iso3: m.iso3, name: m.name, statuses: MAP_DATES.map((d) => statusAt(m.iso3, d.date)) })),
  dates: MAP_DATES.map((d) => d.date),
  toNumeric,
  labelled: [
    { iso3: 'USA', text: 'United States' },
    { iso3: 'RUS', text: 'Russia' },
    { iso3: 'UKR', text: 'Ukraine', toward: [0.3, 1] },
    { iso3: 'KHM', text: 'Cambodia', toward: [0.6, 1] },
  ],
  omit: ['Antarctica'],
};
const geometry = membershipMap(mapInput);
export const mapGeometry = geometry;

/** Number of states with each status at each date (for the legend). */
export const MAP_COUNTS = MAP_DATES.map((_, k) =>
  Object.fromEntries(STATUSES.map((s) => [s, membership.members.filter((m) => statusAt(m.iso3, MAP_DATES[k].date) === s).length])) as Record<MapStatus, number>,
);

export const MAP_LEGEND = [
  ...STATUSES.map((status) => ({ status, code: STATUS_CODE[status], label: STATUS_LABEL[status] })),
  { status: 'none' as const, code: 't', label: NO_STATUS },
];

const now = MAP_COUNTS[DEFAULT_INDEX];
const at2024 = MAP_COUNTS[END_2024];
const names = (iso3s: string[]) => iso3s.map((c) => membership.members.find((m) => m.iso3 === c)!.name);
const withdrawn = membership.members.filter((m) => statusAt(m.iso3, dataAsOf) === 'withdrawn').map((m) => m.name);
const undrawnNames = geometry.undrawn.map((u) => u.name);

const title = `Mine Ban Treaty status of every state, ${firstYear} to ${longDate(dataAsOf)}`;
const desc =
  `World map coloured by treaty status on ${longDate(dataAsOf)}: ${now.state_party} States Parties, ${now.not_party} states not party, ` +
  `${now.withdrawn} withdrawn (${withdrawn.join(', ')}) and ${now.signatory} signatories that have not ratified. ` +
  `Most of the Americas, Europe and Africa are States Parties; ${names(['USA', 'RUS', 'CHN', 'IND', 'PAK', 'IRN']).join(', ')} are among the states that never joined. ` +
  `Ukraine is shown as a State Party: its 2025 "suspension" is contested and has no effect under the treaty. Cambodia is a State Party. ` +
  `At the end of 2024 there were ${at2024.state_party} States Parties and ${at2024.signatory} signatory not ratified.`;

export const membershipMapSpec: ChartSpec = {
  id: ID,
  title,
  takeaway: `Most of the world is bound by the treaty, but the United States, Russia, China and India never joined, and five European states left in 2025–26.`,
  desc,
  source: membershipSource,
  notes: [
    `Ukraine is shown as a State Party. It notified a "suspension" of the treaty in July 2025; the treaty has no suspension clause and no date on which it could take effect, so its status is contested.`,
    `Drawn without a status (areas that are not states in the membership data, or are disputed): ${geometry.territories.map((t) => t.name).join(', ')}. Greenland is drawn apart from Denmark. ${geometry.omitted.join(', ')} is not drawn.`,
    `Too small to draw at this scale (${undrawnNames.length} states, listed in the table): ${undrawnNames.join(', ')}.`,
    'The map joins membership.csv (ISO 3166 alpha-3 codes) to the world-atlas 110m outlines (ISO numeric codes) through the i18n-iso-countries code table. Borders are simplified and imply no position on any dispute.',
  ],
  tables: [
    {
      id: `${ID}-table`,
      caption: `Treaty status of every state at the end of 2024 and on ${longDate(dataAsOf)}`,
      columns: [
        { label: 'State', sort: 'text' },
        { label: 'Status, end of 2024', sort: 'text' },
        { label: `Status, ${longDate(dataAsOf)}`, sort: 'text' },
        { label: 'Signed', sort: 'date' },
        { label: 'Joined', sort: 'date' },
        { label: 'Withdrawal took effect', sort: 'date' },
        { label: 'On the map', sort: 'text' },
      ],
      rows: [...membership.members]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map((m) => [
          m.name,
          STATUS_LABEL[statusAt(m.iso3, '2024-12-31')],
          STATUS_LABEL[statusAt(m.iso3, dataAsOf)] + (m.iso3 === 'UKR' ? ' (contested suspension)' : ''),
          m.signed ?? '—',
          m.joined ? `${m.joined} (${m.joinType})` : '—',
          membership.withdrawals.find((w) => w.iso3 === m.iso3)?.effective ?? '—',
          undrawnNames.includes(m.name) ? 'too small' : 'yes',
        ]),
    },
  ],
  csv: toCsv(
    ['iso3', 'name', 'status_2024_12_31', 'status_2025_12_31', `status_${dataAsOf.replace(/-/g, '_')}`, 'signed', 'joined', 'join_type', 'withdrawal_effective', 'drawn_on_map'],
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
        undrawnNames.includes(m.name) ? 'no (too small at 110m)' : 'yes',
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
        ? { css: standalone.css, legend: MAP_LEGEND.map((l) => ({ status: l.status, label: l.status === 'none' ? 'No status (territory)' : `${l.label} (${now[l.status]})` })) }
        : undefined,
    });
  },
};
