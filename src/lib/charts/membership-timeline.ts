/** Spec of the membership timeline: States Parties over time, from steps(). */
import { dataAsOf, membership, statesPartiesAt, steps } from '../../data';
import { LAYOUTS } from '../../charts/layout';
import { membershipTimeline, type TimelineInput } from '../../charts/membership-timeline';
import { timelineSvg } from '../../charts/svg/membership-timeline';
import { longDate, monthYear, shortDate } from '../../charts/format';
import { wrap } from '../../charts/text';
import { membershipSource, toCsv, type ChartSpec } from './common';

const ID = 'membership-timeline';
// Each date the count changed, with the change from the date before.
const allSteps = steps().map((s, k, all) => ({ ...s, delta: s.count - (k === 0 ? 0 : all[k - 1].count) }));
const lastYear = Number(dataAsOf.slice(0, 4)) - (dataAsOf.endsWith('12-31') ? 0 : 1);
const joinedOn = (date: string) => membership.members.filter((m) => m.joined === date);
const leftOn = (date: string) => membership.withdrawals.filter((w) => w.effective === date);
const list = (names: string[]) => (names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Who joined and who left on a date, in words. */
function change(date: string): string {
  const parts = [];
  const joined = joinedOn(date).map((m) => m.name);
  const left = leftOn(date).map((w) => w.country);
  if (joined.length) parts.push(`${list(joined)} ${plural(joined.length, 'joins', 'join')}`);
  if (left.length) parts.push(`${list(left)} ${plural(left.length, 'leaves', 'leave')}`);
  return parts.join('; ');
}

const eif = '1999-03-01';
const reached164 = allSteps.find((s) => s.count === 164)!;
const peak = allSteps.reduce((a, b) => (b.count > a.count ? b : a));
const detailFrom = '2024-11-01';
const detailSteps = allSteps.filter((s) => s.date > detailFrom);
const now = statesPartiesAt(dataAsOf);

const yearEnds = Array.from({ length: lastYear - 1997 + 1 }, (_, k) => `${1997 + k}-12-31`);
const points = [...yearEnds, ...(yearEnds.includes(dataAsOf) ? [] : [dataAsOf])].map((date) => ({
  date,
  count: statesPartiesAt(date),
  tip: `${longDate(date)}: ${statesPartiesAt(date)} States Parties`,
}));

export function timelineInput(layoutWidth: number): TimelineInput {
  const narrow = layoutWidth < 600;
  const width = narrow ? 200 : Math.round(layoutWidth * 0.4);
  return {
    steps: allSteps,
    start: '1997-01-01',
    end: dataAsOf,
    points,
    events: [
      { date: '1997-12-03', lines: ['Dec 1997: opened for', 'signature in Ottawa'] },
      { date: eif, lines: ['1 Mar 1999: in force,', `${statesPartiesAt(eif)} States Parties`] },
      { date: reached164.date, lines: [`${monthYear(reached164.date)}: ${reached164.count}`] },
      { date: dataAsOf, lines: [`${shortDate(dataAsOf)}: ${now}`] },
    ],
    detail: {
      from: detailFrom,
      events: detailSteps.map((s) => ({
        date: s.date,
        lines: narrow ? wrap(change(s.date), 13.5, width) : wrap(`${shortDate(s.date)}: ${change(s.date)} (${s.count})`, 13.5, width),
        tip: `${longDate(s.date)}: ${change(s.date)}; ${s.count} States Parties`,
      })),
    },
  };
}

const title = `States Parties to the Mine Ban Treaty, 1997–${dataAsOf.slice(0, 4)}`;
const desc =
  `Step line of the number of States Parties. ${statesPartiesAt('1997-12-31')} at the end of 1997, ${statesPartiesAt(eif)} when the treaty entered into force on 1 March 1999, ` +
  `${statesPartiesAt('2004-12-31')} by the end of 2004 and ${reached164.count} from ${longDate(reached164.date)} through 2024. ` +
  `Two states joined in 2025, taking the count to its highest, ${peak.count}; withdrawals by ${list(membership.withdrawals.filter((w) => w.effective).map((w) => w.country))} took effect between ` +
  `${longDate(detailSteps.find((s) => leftOn(s.date).length)!.date)} and ${longDate(dataAsOf)}, leaving ${now}. Ukraine's contested 2025 "suspension" is not counted as a withdrawal.`;

function render(width: number, layout: string, standalone?: { css: string }): string {
  const g = membershipTimeline(timelineInput(width), width);
  return timelineSvg(g, { chartId: ID, layout, title, desc, standalone, className: `lay-${layout}` });
}

export const membershipTimelineSpec: ChartSpec = {
  id: ID,
  title,
  takeaway: `Membership climbed fast after 1997, held at ${reached164.count} from the end of 2017, peaked at ${peak.count} in 2025 and fell to ${now} as five European states withdrew.`,
  desc,
  source: membershipSource,
  notes: [
    'A state counts as a State Party from the day it deposited its instrument of ratification, acceptance, accession or succession, not from the later day the treaty entered into force for it.',
    'A withdrawal counts from the day it takes effect, six months after its instrument is deposited (Article 20).',
    `Ukraine notified a "suspension" of the treaty in July 2025, invoking Article 62 of the Vienna Convention on the Law of Treaties. The treaty has no suspension clause and gives no date on which it could take effect, so Ukraine is still counted as a State Party; campaign groups hold that it remains bound, and its status is contested.`,
  ],
  tables: [
    {
      id: `${ID}-table`,
      caption: `States Parties on every date the number changed, 1997 to ${longDate(dataAsOf)}`,
      columns: [{ label: 'Date' }, { label: 'States Parties', numeric: true }, { label: 'Change', numeric: true }, { label: 'Joined or left that day' }],
      rows: allSteps.map((s) => [s.date, s.count, s.delta > 0 ? `+${s.delta}` : `−${-s.delta}`, change(s.date)]),
    },
  ],
  csv: toCsv(
    ['date', 'states_parties', 'change', 'joined', 'withdrawal_took_effect'],
    allSteps.map((s) => [
      s.date,
      s.count,
      s.delta,
      joinedOn(s.date).map((m) => m.name).join('; '),
      leftOn(s.date).map((w) => w.country).join('; '),
    ]),
  ),
  svg(layout, standalone) {
    return render(LAYOUTS.find((l) => l.name === layout)!.width, layout, standalone);
  },
  svgAtWidth: (width) => render(width, `w${width}`),
};

