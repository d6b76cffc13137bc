/**
 * Spec of the withdrawal clock: the states that gave notice in 2025, from
 * withdrawals.csv. Dates drawn are the CSV's exact dates; its domestic steps are
 * free text with approximate dates, so they are quoted as notes, never drawn.
 */
import { dataAsOf, membership } from '../../data';
import { withdrawalNoticeMonths } from '../../data/derive';
import { useTranslations, type Lang } from '../../i18n';
import { countryName } from '../kit/countries';
import { LAYOUTS } from '../kit/layout';
import { sourceKeys, toCsv, type ChartSpec } from '../kit/spec';
import { withdrawalClock, type ClockInput } from './geometry';
import { clockSvg } from './svg';

const ID = 'withdrawal-clock';
const notices = membership.withdrawals.filter((w) => w.deposited.startsWith('2025'));
const months = withdrawalNoticeMonths();
const left = notices.filter((w) => w.effective !== null);
const open = notices.filter((w) => w.effective === null);
const last = left
  .map((w) => w.effective!)
  .sort()
  .at(-1)!;
const ukraineRow = open.find((w) => w.iso3 === 'UKR');
if (!ukraineRow) throw new Error("withdrawal-clock: Ukraine's suspension is missing from withdrawals.csv");
const ukraine = ukraineRow;

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
// The axis: from the first of the month of the first announcement to a month past the last effect.
const firstAnnounced = notices.map((w) => w.announced).sort()[0];
const from = `${firstAnnounced.slice(0, 7)}-01`;
const endMonth = new Date(`${last.slice(0, 7)}-01T00:00:00Z`);
endMonth.setUTCMonth(endMonth.getUTCMonth() + 2);
const to = endMonth.toISOString().slice(0, 10);
const yearSpan = { from: from.slice(0, 4), to: last.slice(2, 4) };

/** The chart in one language: its words from that language's strings, dates in its format, states named in it. */
export function specFor(lang: Lang): ChartSpec {
  const t = useTranslations(lang);
  const s = (key: string, vars?: Record<string, string | number>) => t(`charts.${ID}.${key}`, vars);
  const { num, date } = t.format;
  const long = (iso: string) => date(iso, 'long');
  const name = (w: (typeof notices)[number]) => countryName(w.iso3, lang, w.country);

  const input: ClockInput = {
    from,
    to,
    tickLabel: (iso) => date(iso, 'month'),
    legend: (['announced', 'waiting', 'notice', 'open'] as const).map((kind) => ({
      kind,
      label: s(`legend.${kind}`, { months: num(months) }),
    })),
    rows: notices.map((w) => ({
      iso3: w.iso3,
      name: name(w),
      announced: w.announced,
      deposited: w.deposited,
      effective: w.effective,
      outcome: w.effective ? s('outcome.left', { date: date(w.effective, 'short') }) : s('outcome.open'),
      tips: {
        announced: s('tip.announced', { name: name(w), date: long(w.announced) }),
        waiting: s('tip.waiting', {
          name: name(w),
          days: num(days(w.announced, w.deposited)),
          announced: long(w.announced),
          deposited: long(w.deposited),
        }),
        notice: w.effective
          ? s('tip.notice', { name: name(w), deposited: long(w.deposited), effective: long(w.effective), months: num(months) })
          : s('tip.open', { name: name(w), deposited: long(w.deposited) }),
      },
    })),
  };

  const title = s('title', yearSpan);
  const desc = s('desc', {
    from: long(from),
    to: long(to),
    rows: left
      .map((w) =>
        s('desc-row', { name: name(w), announced: long(w.announced), deposited: long(w.deposited), effective: long(w.effective!) }),
      )
      .join(' '),
    uaAnnounced: long(ukraine.announced),
    uaNotified: long(ukraine.deposited),
  });

  function render(width: number, layout: string, standalone?: { css: string }): string {
    const g = withdrawalClock(input, width, s('panel-title'));
    return clockSvg(g, { chartId: ID, layout, title, desc, standalone, className: `lay-${layout}` });
  }

  const spec: ChartSpec = {
    id: ID,
    title,
    takeaway: s('takeaway', { names: t.format.list(left.map(name)), months: num(months), last: long(last) }),
    desc,
    source: {
      datasets: ['withdrawals-data'],
      keys: sourceKeys(notices.flatMap((w) => w.sources)),
      asOf: dataAsOf,
    },
    notes: [
      s('notes.article-20', { months: num(months) }),
      s('notes.ukraine', { announced: long(ukraine.announced), notified: long(ukraine.deposited) }),
      [s('notes.domestic'), ...notices.map((w) => s('notes.domestic-row', { name: name(w), steps: w.domesticSteps }))].join(' '),
    ],
    tables: [
      {
        id: `${ID}-table`,
        caption: s('table.caption'),
        columns: [
          { label: s('table.state') },
          { label: s('table.announced') },
          { label: s('table.deposited') },
          { label: s('table.effective') },
          { label: s('table.domestic') },
          { label: s('table.sources') },
        ],
        rows: notices.map((w) => [
          name(w),
          w.announced,
          w.deposited,
          w.effective ?? s('table.no-effect'),
          w.domesticSteps,
          sourceKeys(w.sources).join('; '),
        ]),
      },
    ],
    embedHeight: 1480,
    csv: toCsv(
      ['iso3', 'country', 'announced', 'deposited', 'notification_type', 'effective', 'drawn_as', 'domestic_steps', 'sources'],
      notices.map((w) => [
        w.iso3,
        w.country,
        w.announced,
        w.deposited,
        w.notificationType,
        w.effective,
        w.effective ? s('csv.drawn-notice') : s('csv.drawn-open'),
        w.domesticSteps,
        w.sources.join(';'),
      ]),
    ),
    svg(layout, standalone) {
      return render(LAYOUTS.find((l) => l.name === layout)!.width, layout, standalone);
    },
    svgAtWidth: (width) => render(width, `w${width}`),
  };
  return spec;
}

export const spec = specFor('en');
