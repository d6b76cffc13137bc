/**
 * Pieces shared by the bar charts: stacked year bars with gaps for undocumented
 * years, and a legend whose swatches carry shape and pattern, not colour alone.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { FONT, SMALL, around, type Frame } from './layout';
import { num } from '../../format';
import { t } from '../../i18n';
import { distance, labelBox, place, textWidth, wrap, type Box, type Label, type Segment as Leader } from './text';

export type SegmentKind = 'killed' | 'injured' | 'unsplit' | 'total' | 'unknown' | 'sum' | 'latest';

export interface Segment {
  kind: SegmentKind;
  value: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface YearBar {
  year: number;
  total: number;
  x: number;
  w: number;
  segments: Segment[];
  tip: string;
}

/** An undocumented year: a small cross on the baseline, never a bar. */
export interface GapMark {
  year: number;
  cx: number;
  cy: number;
  size: number;
  tip: string;
}

export interface YearDatum {
  year: number;
  /** Stacked parts from the baseline up; empty when the year is undocumented. */
  parts: { kind: SegmentKind; value: number }[];
  tip: string;
}

export interface YearPanel extends Frame {
  title: Label;
  bars: YearBar[];
  gaps: GapMark[];
  labels: Label[];
}

export function yearScales(years: number[], domainMax: number, box: Box) {
  const x = scaleBand<number>()
    .domain(years)
    .range([box.x, box.x + box.w])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, domainMax])
    .range([box.y + box.h, box.y]);
  return { x, y };
}

/** Bars and gap marks for a run of years on the given scales. */
export function yearBars(data: YearDatum[], x: ReturnType<typeof yearScales>['x'], y: ReturnType<typeof yearScales>['y']) {
  const bars: YearBar[] = [];
  const gaps: GapMark[] = [];
  const base = y(0);
  for (const d of data) {
    const x0 = x(d.year)!;
    const w = x.bandwidth();
    if (d.parts.length === 0) {
      const size = Math.min(Math.max(w * 0.8, 5), 8);
      gaps.push({ year: d.year, cx: x0 + w / 2, cy: base - size / 2 - 2, size, tip: d.tip });
      continue;
    }
    let acc = 0;
    const segments = d.parts.map((p) => {
      const top = y(acc + p.value);
      const bottom = y(acc);
      acc += p.value;
      return { kind: p.kind, value: p.value, x: x0, y: top, w, h: bottom - top };
    });
    bars.push({ year: d.year, total: acc, x: x0, w, segments, tip: d.tip });
  }
  return { bars, gaps };
}

/** Runs of consecutive undocumented years, e.g. 1980–1995. */
export function gapRuns(gaps: GapMark[]): GapMark[][] {
  const runs: GapMark[][] = [];
  for (const g of gaps) {
    const last = runs.at(-1);
    if (last && last.at(-1)!.year === g.year - 1) last.push(g);
    else runs.push([g]);
  }
  return runs;
}

export interface LegendItem {
  kind: SegmentKind | 'gap' | 'line';
  label: string;
}

export interface PlacedLegendItem extends LegendItem {
  swatch: Box;
  text: Label;
}

/** Legend items in rows that wrap at `width`. */
export function legend<T extends { label: string } = LegendItem>(items: T[], x: number, y: number, width: number, size = SMALL) {
  const sw = size * 1.1;
  const rowH = size * 1.6;
  const out: (T & { swatch: Box; text: Label })[] = [];
  let cx = x;
  let cy = y;
  // Extra height of the current row where an item wider than the legend wraps onto more lines.
  let extra = 0;
  for (const item of items) {
    const lines = wrap(item.label, size, width - sw - 5);
    const w = sw + 5 + Math.max(...lines.map((l) => textWidth(l, size)));
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += rowH + extra;
      extra = 0;
    }
    out.push({
      ...item,
      swatch: { x: cx, y: cy - sw * 0.85, w: sw, h: sw },
      text: { x: cx + sw + 5, y: cy, lines, anchor: 'start', size },
    });
    extra = Math.max(extra, (lines.length - 1) * size * 1.2);
    cx += w + size * 1.2;
  }
  return { items: out, height: cy - y + rowH + extra };
}

export const niceMax = (v: number, step: number) => Math.ceil(v / step) * step;

/**
 * A titled panel of year bars: title lines on top, tick labels below. `headroom`:
 * room for labels above the top gridline, inside the plot, where the bars keep
 * the height they have without it.
 */
export function yearPanel(
  data: YearDatum[],
  box: Box,
  title: string[],
  domainMax: number,
  yStep: number,
  xTicks: number[],
  formatNum: (value: number) => string = num,
  headroom = 0,
): YearPanel & { scales: ReturnType<typeof yearScales> } {
  const plotTop = box.y + FONT * 1.2 * title.length + 10;
  const plot = { x: box.x, y: plotTop, w: box.w, h: box.y + box.h - SMALL * 1.8 - plotTop };
  const scales = yearScales(
    data.map((d) => d.year),
    domainMax,
    { ...plot, y: plot.y + headroom, h: plot.h - headroom },
  );
  const { bars, gaps } = yearBars(data, scales.x, scales.y);
  const yTicks = [];
  for (let v = 0; v <= domainMax; v += yStep) yTicks.push({ pos: scales.y(v), label: formatNum(v) });
  return {
    ...plot,
    title: { x: 0, y: box.y + FONT, lines: title, anchor: 'start', size: FONT, cls: 'panel-title' },
    xTicks: xTicks.map((year) => {
      const pos = scales.x(year)! + scales.x.bandwidth() / 2;
      const half = textWidth(String(year), SMALL) / 2;
      return { pos, label: String(year), labelPos: Math.min(pos, plot.x + plot.w - half) };
    }),
    yTicks,
    bars,
    gaps,
    labels: [],
    scales,
  };
}

/** Obstacles: every bar and gap mark, so labels never sit on data. */
export function dataBoxes(p: YearPanel): Box[] {
  return [
    ...p.bars.map((b) => {
      const top = Math.min(...b.segments.map((s) => s.y));
      return { x: b.x, y: top, w: b.w, h: p.y + p.h - top };
    }),
    ...p.gaps.map((g) => ({ x: g.cx - g.size / 2, y: g.cy - g.size / 2, w: g.size, h: g.size })),
  ];
}

/** "no data" labels, one per run of undocumented years, above the run (null where none fits). */
export function gapLabels(
  p: YearPanel,
  obstacles: Box[],
  leaders: Leader[],
  noData = t('no-data'),
  noDataShort = t('no-data-short'),
  /** The first of the forms (words on one line, stacked, abbreviated) to try. */
  from = 0,
): (Label | null)[] {
  const bounds = { x: p.x, y: p.y, w: p.w, h: p.h };
  return gapRuns(p.gaps).map((run) => {
    const first = run[0];
    const last = run.at(-1)!;
    const years = `${first.year}–${String(last.year).slice(2)}`;
    const text = run.length > 1 ? [noData, years] : [noData];
    const at = { x: (first.cx + last.cx) / 2, y: first.cy - first.size / 2 };
    const candidates = [
      { dx: 0, dy: -6, anchor: 'middle' as const },
      ...Array.from({ length: 18 }, (_, k) => ({ dx: 0, dy: -6 - (k + 1) * SMALL * 1.2, anchor: 'middle' as const })),
      ...around(SMALL, 6, 8),
    ];
    // A translation longer than "no data" may fit where the English does once its words are stacked;
    // last, the language's own abbreviation ("n. d.", "н/д"), which the hatching and the table explain.
    const stacked = [...wrap(noData, SMALL, textWidth(years, SMALL)), ...(run.length > 1 ? [years] : [])];
    const short = run.length > 1 ? [noDataShort, years] : [noDataShort];
    const all = [text, ...(stacked.length > text.length ? [stacked] : []), short];
    const forms = all.slice(Math.min(from, all.length - 1));
    // A later form wins only where it sits nearer its gap by more than two rows: a label
    // across the panel on a long leader walls off the room the value labels need.
    let best: { label: Label; box: Box; score: number } | null = null;
    for (const [k, form] of forms.entries()) {
      // No later form can beat a label already nearer than its handicap (measuring is slow in Khmer).
      if (best && best.score <= k * SMALL * 2.5) break;
      const trial = place(at, form, SMALL, candidates, [...obstacles], bounds, 2, [...leaders]);
      if (!trial) continue;
      const box = labelBox(trial);
      const score = distance(at, box) + k * SMALL * 2.5;
      if (!best || score < best.score) best = { label: trial, box, score };
    }
    if (!best) return null;
    // What place() does for the label it keeps: later labels keep off it and its leader.
    obstacles.push(best.box);
    if (best.label.leader) leaders.push(best.label.leader);
    return best.label;
  });
}
