/**
 * Geometry of Cambodia's recorded mine/ERW casualties, 1979–2024: one linear
 * panel for the whole record, and a second panel with its own axis for recent
 * years, where tens per year would be invisible on the 0–5,000 axis.
 */
import { FONT, SMALL, around, growing } from '../kit/layout';
import { t as english, type Translate } from '../../i18n';

/** The chart's own strings in the language of `t`. */
const strings = (t: Translate) => (key: string, vars?: Record<string, string | number>) => t(`charts.cambodia-casualties.${key}`, vars);
import {
  dataBoxes,
  gapLabels,
  legend,
  niceMax,
  yearPanel,
  type LegendItem,
  type PlacedLegendItem,
  type YearDatum,
  type YearPanel,
} from '../kit/bars';
import { place, textWidth, wrap, type Box, type Label, type Segment } from '../kit/text';

export interface CambodiaYearInput {
  year: number;
  killed: number | null;
  injured: number | null;
  total: number | null;
}

export interface CambodiaInput {
  years: CambodiaYearInput[];
  /** The Prime Minister's 2024 figure for 1996, beside the recorded one. */
  statement: { year: number; value: number; lines: string[] };
  cumulative: { lines: string[] };
  insetFrom: number;
}

export interface CambodiaGeometry {
  width: number;
  height: number;
  legend: PlacedLegendItem[];
  main: YearPanel;
  inset: YearPanel;
  /** The stated figure, drawn as a dashed line over its year. */
  statement: { x1: number; x2: number; y: number };
}

export const legendItems = (t: Translate): LegendItem[] =>
  (['killed', 'injured', 'total', 'gap'] as const).map((kind) => ({ kind, label: strings(t)(`legend.${kind}`) }));
export const LEGEND: LegendItem[] = legendItems(english);

/** Stacked parts of a year: killed, injured, and any remainder the sources do not split. */
export function partsOf(d: CambodiaYearInput): YearDatum['parts'] {
  if (d.total === null) return [];
  if (d.killed === null || d.injured === null) return [{ kind: 'total', value: d.total }];
  const rest = d.total - d.killed - d.injured;
  return [
    { kind: 'killed', value: d.killed },
    { kind: 'injured', value: d.injured },
    ...(rest > 0 ? [{ kind: 'unsplit' as const, value: rest }] : []),
  ];
}

export function tipOf(d: CambodiaYearInput, t: Translate = english): string {
  const s = strings(t);
  const num = t.format.num;
  if (d.total === null) return s('tip-gap', { year: d.year });
  if (d.killed === null || d.injured === null) return s('tip-total', { year: d.year, total: num(d.total) });
  const rest = d.total - d.killed - d.injured;
  const vars = { year: d.year, total: num(d.total), killed: num(d.killed), injured: num(d.injured), rest: num(rest) };
  return s(rest > 0 ? 'tip-split-rest' : 'tip-split', vars);
}

function must(label: Label | null, what: string, width: number): Label {
  if (!label) throw new Error(`cambodia-casualties: no room for ${what} at width ${width}`);
  return label;
}

const datum = (d: CambodiaYearInput, t: Translate): YearDatum => ({ year: d.year, parts: partsOf(d), tip: tipOf(d, t) });

/** `t`: the language of its words and numbers (the input's lines come already in it). */
export function cambodiaCasualties(input: CambodiaInput, width: number, t: Translate = english): CambodiaGeometry {
  return growing((grow) => draw(input, width, t, grow));
}

/** `grow`: extra height for each panel, where a translation's labels need it. */
function draw(input: CambodiaInput, width: number, t: Translate, grow: number): CambodiaGeometry {
  const s = strings(t);
  const num = t.format.num;
  const narrow = width < 420;
  const left = textWidth(num(5000), SMALL) + 10;
  const right = 8;
  const plotW = width - left - right;
  const legendTop = FONT * 1.2;
  const lg = legend(legendItems(t), 0, legendTop, width);

  const mainTop = legendTop + lg.height;
  const mainH = (narrow ? 300 : 320) + grow;
  const all = input.years;
  const max = Math.max(...all.map((d) => d.total ?? 0), input.statement.value);
  const main = yearPanel(
    all.map((d) => datum(d, t)),
    { x: left, y: mainTop, w: plotW, h: mainH },
    wrap(s('panel-years', { from: all[0].year, to: all.at(-1)!.year }), FONT, width * 0.9),
    niceMax(max, 1000),
    1000,
    narrow ? [1980, 2000, 2020] : [1980, 1990, 2000, 2010, 2020],
    num,
  );

  // The stated figure: a dashed line across the stated year's band and its neighbours.
  const sx = main.scales.x(input.statement.year)!;
  const statement = {
    x1: sx - main.scales.x.step(),
    x2: sx + main.scales.x.bandwidth() + main.scales.x.step(),
    y: main.scales.y(input.statement.value),
  };
  const obstacles = dataBoxes(main);
  obstacles.push({ x: statement.x1, y: statement.y - 2, w: statement.x2 - statement.x1, h: 4 });
  const leaders: Segment[] = [];
  const bounds = { x: main.x, y: main.y, w: main.w, h: main.h };
  const mainGapLabels = gapLabels(main, obstacles, leaders, t('no-data'), t('no-data-short')).map((l, k) =>
    must(l, `gap label ${k}`, width),
  );
  const recorded = all.find((d) => d.year === input.statement.year)!;
  const placeStatement = (lines: string[]) =>
    place({ x: statement.x2, y: statement.y }, lines, SMALL, around(SMALL, 4, 6, [0, 10, 20, 40]), obstacles, bounds, 2, leaders);
  // A longer translation that finds no room on two lines tries three or four narrower ones.
  const statementText = input.statement.lines.join(' ');
  const statementLabel = must(
    placeStatement(input.statement.lines) ??
      placeStatement(wrap(statementText, SMALL, 110)) ??
      placeStatement(wrap(statementText, SMALL, 80)),
    'the 1996 statement',
    width,
  );
  const recordedBar = main.bars.find((b) => b.year === recorded.year)!;
  const recordedLabel = must(
    place(
      { x: recordedBar.x + recordedBar.w, y: recordedBar.segments[0].y + recordedBar.segments[0].h * 0.4 },
      [`${recorded.year}${t('l10n.colon')} ${num(recorded.total!)}`, s('recorded')],
      SMALL,
      around(SMALL, 4, 6, [0, 10, 20, 40]),
      obstacles,
      bounds,
      2,
      leaders,
    ),
    'the 1996 recorded total',
    width,
  );
  // The cumulative total goes in the empty top right of the plot; where the
  // plot has no room for it (narrow layouts) it becomes a line under the panel.
  const cumLines = input.cumulative.lines.flatMap((l) => wrap(l, SMALL, narrow ? 120 : 260));
  let cumulative = place(
    { x: main.x + main.w, y: main.y + SMALL },
    cumLines,
    SMALL,
    Array.from({ length: 14 }, (_, k) =>
      [0, 20, 40, 60, 80].map((dx) => ({ dx: -dx, dy: k * SMALL * 1.25, anchor: 'end' as const })),
    ).flat(),
    obstacles,
    bounds,
    2,
    leaders,
  );
  let below = 0;
  if (!cumulative) {
    const lines = input.cumulative.lines.flatMap((l) => wrap(l, SMALL, width));
    cumulative = { x: 0, y: mainTop + mainH + 8 + SMALL, lines, anchor: 'start', size: SMALL };
    below = 8 + SMALL * 1.2 * lines.length;
  }
  cumulative.cls = 'em';
  cumulative.leader = undefined;
  main.labels = [statementLabel, recordedLabel, cumulative, ...mainGapLabels];

  const insetTop = mainTop + mainH + below + 22;
  const recent = all.filter((d) => d.year >= input.insetFrom);
  const insetMax = niceMax(Math.max(...recent.map((d) => d.total ?? 0)), 100);
  const insetH = (narrow ? 230 : 220) + grow;
  const insetTitle = wrap(s('panel-inset', { from: input.insetFrom, to: recent.at(-1)!.year, max: num(insetMax) }), FONT, width * 0.9);
  const inset = yearPanel(
    recent.map((d) => datum(d, t)),
    { x: left, y: insetTop, w: plotW, h: insetH },
    insetTitle,
    insetMax,
    100,
    narrow
      ? [input.insetFrom, 2015, 2020, 2024].filter((y, k, a) => a.indexOf(y) === k)
      : recent.filter((d) => d.year % 2 === 0).map((d) => d.year),
    num,
  );
  const insetObstacles = dataBoxes(inset);
  const insetLeaders: Segment[] = [];
  // Value labels may rise into the gap under the panel title.
  const insetBounds = { x: inset.x, y: inset.y - 10, w: inset.w, h: inset.h + 10 };
  // Value labels over every bar when they all fit; otherwise only the last
  // year and the lowest (the tooltip and the table hold the rest).
  const valueLabel = (b: (typeof inset.bars)[number], obstacles: Box[]) =>
    place(
      { x: b.x + b.w / 2, y: Math.min(...b.segments.map((s) => s.y)) },
      [num(b.total)],
      SMALL,
      [{ dx: 0, dy: -5, anchor: 'middle' }],
      obstacles,
      insetBounds,
      1.5,
      insetLeaders,
    );
  const trial = [...insetObstacles];
  let values = inset.bars.map((b) => valueLabel(b, trial));
  if (values.some((v) => v === null)) {
    const low = inset.bars.reduce((a, b) => (b.total < a.total ? b : a));
    // The last year is labelled in every language, the figure the text quotes; the lowest where it finds room
    // (at 320 px it does not, and making room would push the panel embed past its height budget).
    const last = inset.bars.at(-1)!;
    values = [
      must(valueLabel(last, insetObstacles), `inset value ${last.year}`, width),
      ...(low === last ? [] : [valueLabel(low, insetObstacles)]),
    ];
  } else insetObstacles.splice(0, insetObstacles.length, ...trial);
  const placed = values.filter((v): v is Label => v !== null);
  for (const l of placed) l.cls = 'val';
  inset.labels = [
    ...gapLabels(inset, insetObstacles, insetLeaders, t('no-data'), t('no-data-short')).map((l, k) =>
      must(l, `inset gap label ${k}`, width),
    ),
    ...placed,
  ];

  return {
    width,
    height: insetTop + insetH,
    legend: lg.items,
    main,
    inset,
    statement,
  };
}
