/**
 * Geometry of the membership timeline: the number of States Parties as a step
 * line from 1997 to the data's last date, and a second panel with its own axis
 * for 2025–26, where two joins and five withdrawals move the count by one or
 * three at a time (too small to read on the 0–180 axis).
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { FONT, SMALL, around, growing, type Frame } from '../kit/layout';
import { utc, type Formatter } from '../../format';
import { t as english } from '../../i18n';
import { place, segmentBoxes, textWidth, wrap, type Box, type Label, type Segment } from '../kit/text';

export interface TimelineEvent {
  date: string;
  lines: string[];
  /** Shorter lines, placed where `lines` find no room (a language whose words run longer than English). */
  fallback?: string[];
}

export interface TimelineInput {
  /** Every date the count changed, with the count from that day (steps()). */
  steps: { date: string; count: number }[];
  start: string;
  end: string;
  /** Focusable points with a tooltip (year ends and the last date). */
  points: { date: string; count: number; tip: string }[];
  /** Annotations in the main panel. */
  events: TimelineEvent[];
  detail: { from: string; events: (TimelineEvent & { tip: string })[] };
  /** Panel titles: the main one, and the detail one on one line (wide) or two (narrow). */
  titles: { main: string; detail: string; detailNarrow: string[] };
}

export interface Panel extends Frame {
  title: Label;
  path: string;
  labels: Label[];
  points: { x: number; y: number; tip: string; visible: boolean }[];
}

export interface TimelineGeometry {
  width: number;
  height: number;
  main: Panel;
  detail: Panel;
}

const countAt = (steps: TimelineInput['steps'], date: string) => steps.filter((s) => s.date <= date).at(-1)?.count ?? 0;

function stepPoints(steps: TimelineInput['steps'], from: string, to: string): [Date, number][] {
  const inside = steps.filter((s) => s.date > from && s.date <= to);
  return [[utc(from), countAt(steps, from)], ...inside.map((s): [Date, number] => [utc(s.date), s.count]), [utc(to), countAt(steps, to)]];
}

/** Screen polyline of a step-after line, corners included (for label collision). */
function corners(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  points.forEach(([x, y], k) => {
    if (k > 0) out.push([x, points[k - 1][1]]);
    out.push([x, y]);
  });
  return out;
}

interface PanelSpec {
  top: number;
  height: number;
  from: string;
  to: string;
  yDomain: [number, number];
  yTicks: number[];
  xTicks: { date: string; label: string }[];
  title: string[];
  events: TimelineEvent[];
  points: { date: string; count: number; tip: string; visible: boolean }[];
}

/** The lines rewrapped to two thirds of their widest line. */
const narrower = (lines: string[]) => wrap(lines.join(' '), SMALL, (Math.max(...lines.map((l) => textWidth(l, SMALL))) * 2) / 3);

function panel(input: TimelineInput, spec: PanelSpec, width: number, format: Formatter): Panel {
  const left = textWidth('180', SMALL) + 10;
  const right = 14;
  const titleLines = spec.title.length;
  const plotTop = spec.top + FONT * 1.2 * titleLines + 8;
  const plotBottom = spec.top + spec.height - SMALL * 1.8;
  const x = scaleUtc()
    .domain([utc(spec.from), utc(spec.to)])
    .range([left, width - right]);
  const y = scaleLinear().domain(spec.yDomain).range([plotBottom, plotTop]);
  const data = stepPoints(input.steps, spec.from, spec.to);
  const path =
    line<[Date, number]>()
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))
      .curve(curveStepAfter)
      .digits(0)(data) ?? '';
  const screen = corners(data.map(([d, c]) => [x(d), y(c)]));
  const bounds: Box = { x: left + 2, y: plotTop, w: width - right - left - 2, h: plotBottom - plotTop - 2 };
  const points = spec.points.map((p) => ({ x: x(utc(p.date)), y: y(p.count), tip: p.tip, visible: p.visible }));
  const obstacles: Box[] = [
    ...segmentBoxes(screen, 3),
    ...points.filter((p) => p.visible).map((p) => ({ x: p.x - 4, y: p.y - 4, w: 8, h: 8 })),
  ];
  const leaders: Segment[] = [];
  const labels = spec.events.map((e) => {
    const at = { x: x(utc(e.date)), y: y(countAt(input.steps, e.date)) };
    // English always fits its first lines; a longer translation tries its shorter
    // lines, then the same words in a narrower column.
    const attempts = [e.lines, ...(e.fallback ? [e.fallback] : []), narrower(e.lines), ...(e.fallback ? [narrower(e.fallback)] : [])];
    let label: Label | null = null;
    for (const lines of attempts) {
      label ??= place(at, lines, SMALL, around(SMALL, 8, 12), obstacles, bounds, 3, leaders);
    }
    if (!label) throw new Error(`membership-timeline: no room for "${e.lines.join(' ')}" (dated ${e.date} in the data) at width ${width}`);
    return label;
  });
  return {
    x: left,
    y: plotTop,
    w: width - right - left,
    h: plotBottom - plotTop,
    title: { x: 0, y: spec.top + FONT, lines: spec.title, anchor: 'start', size: FONT, cls: 'panel-title' },
    xTicks: spec.xTicks.map((t) => ({ pos: x(utc(t.date)), label: t.label })),
    yTicks: spec.yTicks.map((v) => ({ pos: y(v), label: format.num(v) })),
    path,
    labels,
    points,
  };
}

/** `format`: the language's numbers and month names on the axes (the input's words come already in it). */
export function membershipTimeline(input: TimelineInput, width: number, format: Formatter = english.format): TimelineGeometry {
  return growing((grow) => draw(input, width, format, grow));
}

/** `grow`: extra height for each panel, where a translation's labels need it. */
function draw(input: TimelineInput, width: number, format: Formatter, grow: number): TimelineGeometry {
  const narrow = width < 420;
  const years = narrow ? [2000, 2010, 2020] : [2000, 2005, 2010, 2015, 2020, 2025];
  const mainHeight = (narrow ? 250 : 270) + grow;
  const main = panel(
    input,
    {
      top: 0,
      height: mainHeight,
      from: input.start,
      to: input.end,
      yDomain: [0, 180],
      yTicks: [0, 50, 100, 150],
      xTicks: years.map((y) => ({ date: `${y}-01-01`, label: String(y) })),
      title: wrap(input.titles.main, FONT, width * 0.9),
      events: input.events,
      points: input.points.map((p) => ({ ...p, visible: false })),
    },
    width,
    format,
  );
  const detailTitle = narrow ? input.titles.detailNarrow : [input.titles.detail];
  const detail = panel(
    input,
    {
      top: mainHeight + 18,
      height: (narrow ? 280 : 240) + grow,
      from: input.detail.from,
      to: input.end,
      yDomain: [158, 168],
      yTicks: [158, 160, 162, 164, 166],
      xTicks: ['2025-01-01', '2025-07-01', '2026-01-01'].map((d) => ({
        date: d,
        label: d.endsWith('07-01') ? format.date(d, 'month') : d.slice(0, 4),
      })),
      title: detailTitle,
      events: input.detail.events,
      points: input.detail.events.map((e) => ({ date: e.date, count: countAt(input.steps, e.date), tip: e.tip, visible: true })),
    },
    width,
    format,
  );
  return { width, height: mainHeight + 18 + (narrow ? 280 : 240) + grow, main, detail };
}
