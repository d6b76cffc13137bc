/** Spec of the membership timeline: States Parties over time, from steps(). */
import { dataAsOf, membership, statesPartiesAt, steps } from '../../data';
import { LAYOUTS } from '../kit/layout';
import { membershipTimeline, type TimelineInput } from './geometry';
import { timelineSvg } from './svg';
import { wrap } from '../kit/text';
import { membershipSource, toCsv, type ChartSpec } from '../kit/spec';
import { countryName } from '../kit/countries';
import { plural } from '../kit/lang';
import { useTranslations, type Lang } from '../../i18n';

const ID = 'membership-timeline';
// Each date the count changed, with the change from the date before.
const allSteps = steps().map((s, k, all) => ({ ...s, delta: s.count - (k === 0 ? 0 : all[k - 1].count) }));
const lastYear = Number(dataAsOf.slice(0, 4)) - (dataAsOf.endsWith('12-31') ? 0 : 1);
const joinedOn = (date: string) => membership.members.filter((m) => m.joined === date);
const leftOn = (date: string) => membership.withdrawals.filter((w) => w.effective === date);
const eif = '1999-03-01';
const reached164 = allSteps.find((s) => s.count === 164)!;
const peak = allSteps.reduce((a, b) => (b.count > a.count ? b : a));
const detailFrom = '2024-11-01';
const detailSteps = allSteps.filter((s) => s.date > detailFrom);
const now = statesPartiesAt(dataAsOf);
const yearEnds = Array.from({ length: lastYear - 1997 + 1 }, (_, k) => `${1997 + k}-12-31`);

/** The chart in one language: its words from that language's strings, dates in its format, states named in it. */
export function specFor(lang: Lang): ChartSpec & { input: (layoutWidth: number) => TimelineInput } {
  const t = useTranslations(lang);
  const longDate = (iso: string) => t.format.date(iso, 'long');
  const shortDate = (iso: string) => t.format.date(iso, 'short');
  const monthYear = (iso: string) => t.format.date(iso, 'month');
  const s = (key: string, vars?: Record<string, string | number>) => t(`charts.${ID}.${key}`, vars);
  const list = t.format.list;

  /** Who joined and who left on a date, in words. */
  function change(date: string): string {
    const parts = [];
    const joined = joinedOn(date).map((m) => countryName(m.iso3, lang, m.name));
    const left = leftOn(date).map((w) => countryName(w.iso3, lang, w.country));
    if (joined.length) parts.push(plural(t, `charts.${ID}.joins`, joined.length, { names: list(joined) }));
    if (left.length) parts.push(plural(t, `charts.${ID}.leaves`, left.length, { names: list(left) }));
    return parts.join('; ');
  }

  const points = [...yearEnds, ...(yearEnds.includes(dataAsOf) ? [] : [dataAsOf])].map((date) => ({
    date,
    count: statesPartiesAt(date),
    tip: s('tip', { date: longDate(date), count: statesPartiesAt(date) }),
  }));

  function timelineInput(layoutWidth: number): TimelineInput {
    const narrow = layoutWidth < 600;
    const width = narrow ? 200 : Math.round(layoutWidth * 0.4);
    return {
      steps: allSteps,
      start: '1997-01-01',
      end: dataAsOf,
      points,
      events: [
        { date: '1997-12-03', lines: [s('event.opened-1', { date: monthYear('1997-12-03') }), s('event.opened-2')] },
        { date: eif, lines: [s('event.in-force-1', { date: shortDate(eif) }), s('event.in-force-2', { count: statesPartiesAt(eif) })] },
        { date: reached164.date, lines: [s('event.count', { date: monthYear(reached164.date), count: reached164.count })] },
        { date: dataAsOf, lines: [s('event.count', { date: shortDate(dataAsOf), count: now })] },
      ],
      detail: {
        from: detailFrom,
        events: detailSteps.map((st) => ({
          date: st.date,
          lines: narrow
            ? wrap(change(st.date), 13.5, width)
            : wrap(s('event.change', { date: shortDate(st.date), change: change(st.date), count: st.count }), 13.5, width),
          fallback: wrap(change(st.date), 13.5, width),
          tip: s('tip-change', { date: longDate(st.date), change: change(st.date), count: st.count }),
        })),
      },
      titles: {
        main: s('panel-main', { date: shortDate(dataAsOf) }),
        detail: s('panel-detail'),
        detailNarrow: [s('panel-detail-narrow-1'), s('panel-detail-narrow-2')],
      },
    };
  }

  const title = s('title', { year: dataAsOf.slice(0, 4) });
  const desc = s('desc', {
    end1997: statesPartiesAt('1997-12-31'),
    eif: statesPartiesAt(eif),
    end2004: statesPartiesAt('2004-12-31'),
    reached: reached164.count,
    reachedDate: longDate(reached164.date),
    peak: peak.count,
    left: list(membership.withdrawals.filter((w) => w.effective).map((w) => countryName(w.iso3, lang, w.country))),
    firstLeft: longDate(detailSteps.find((st) => leftOn(st.date).length)!.date),
    lastDate: longDate(dataAsOf),
    now,
  });

  function render(width: number, layout: string, standalone?: { css: string }): string {
    const g = membershipTimeline(timelineInput(width), width, t.format);
    return timelineSvg(g, { chartId: ID, layout, title, desc, standalone, className: `lay-${layout}` });
  }

  const spec: ChartSpec & { input: (layoutWidth: number) => TimelineInput } = {
    id: ID,
    title,
    takeaway: s('takeaway', { reached: reached164.count, peak: peak.count, now }),
    desc,
    source: membershipSource,
    notes: Object.values(t.all(`charts.${ID}.notes`)),
    tables: [
      {
        id: `${ID}-table`,
        caption: s('table.caption', { date: longDate(dataAsOf) }),
        columns: [
          { label: s('table.date') },
          { label: s('table.count'), numeric: true },
          { label: s('table.change'), numeric: true },
          { label: s('table.who') },
        ],
        rows: allSteps.map((s) => [s.date, s.count, s.delta > 0 ? `+${s.delta}` : `−${-s.delta}`, change(s.date)]),
      },
    ],
    embedHeight: 1360,
    csv: toCsv(
      ['date', 'states_parties', 'change', 'joined', 'withdrawal_took_effect'],
      allSteps.map((s) => [
        s.date,
        s.count,
        s.delta,
        joinedOn(s.date)
          .map((m) => m.name)
          .join('; '),
        leftOn(s.date)
          .map((w) => w.country)
          .join('; '),
      ]),
    ),
    svg(layout, standalone) {
      return render(LAYOUTS.find((l) => l.name === layout)!.width, layout, standalone);
    },
    svgAtWidth: (width) => render(width, `w${width}`),
    input: timelineInput,
  };
  return spec;
}

export const membershipTimelineSpec = specFor('en');
/** The English geometry's input at a layout width (the tests measure it). */
export const timelineInput = (layoutWidth: number): TimelineInput => membershipTimelineSpec.input(layoutWidth);
export { membershipTimelineSpec as spec };
