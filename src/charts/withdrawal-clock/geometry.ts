/**
 * Geometry of the withdrawal clock: one row per state that gave notice in 2025,
 * on a shared calendar axis. A row runs from the announcement (a ring) through
 * the deposit of the instrument (a dashed wait before it) to the day the
 * withdrawal took effect under Article 20 (the solid notice bar). A notice with
 * no effective date (Ukraine's "suspension") is an open, hatched band that runs
 * off the axis: there is no day to end it on. Names and outcomes sit on a text
 * line above each row, so no label ever has to share space with a bar.
 */
import { scaleUtc } from 'd3-scale';
import { utc } from '../../format';
import { legend } from '../kit/bars';
import { FONT, SMALL, type Tick } from '../kit/layout';
import { textWidth, wrap, type Box, type Label } from '../kit/text';

export interface ClockRowInput {
  iso3: string;
  name: string;
  announced: string;
  deposited: string;
  /** null: the notice has no day on which it takes effect. */
  effective: string | null;
  /** Right-hand text of the row: the outcome ("left 27 Dec 2025", "no effective date"). */
  outcome: string;
  tips: { announced: string; waiting: string; notice: string };
}

export interface ClockInput {
  rows: ClockRowInput[];
  /** First and last day of the axis (ISO). */
  from: string;
  to: string;
  legend: { kind: ClockMark; label: string }[];
  tickLabel: (iso: string) => string;
}

export type ClockMark = 'announced' | 'waiting' | 'notice' | 'open';

export interface ClockRow {
  iso3: string;
  name: Label;
  outcome: Label;
  /** Centre line of the row's marks. */
  y: number;
  announced: { cx: number; r: number; tip: string };
  waiting: { x1: number; x2: number; tip: string };
  notice: { x: number; y: number; w: number; h: number; open: boolean; tip: string };
}

export interface ClockGeometry {
  width: number;
  height: number;
  title: Label;
  legend: { kind: ClockMark; label: string; swatch: Box; text: Label }[];
  rows: ClockRow[];
  /** The calendar axis under the rows, with gridlines from `top` down. */
  axis: { x: number; w: number; top: number; base: number; ticks: Tick[] };
}

const BAR = 12;

export function withdrawalClock(input: ClockInput, width: number, title: string): ClockGeometry {
  const margin = 8;
  const x = scaleUtc()
    .domain([utc(input.from), utc(input.to)])
    .range([margin, width - margin]);
  const titleLines = wrap(title, FONT, width * 0.95);
  const titleLabel: Label = { x: 0, y: FONT, lines: titleLines, anchor: 'start', size: FONT, cls: 'panel-title' };
  const legendTop = FONT * 1.2 * titleLines.length + 10 + SMALL;
  const lg = legend(input.legend, 0, legendTop, width);
  const top = legendTop + lg.height + 6;
  const rowH = SMALL * 1.3 + BAR + 16;

  const rows = input.rows.map((r, k): ClockRow => {
    const rowTop = top + k * rowH;
    const textY = rowTop + SMALL;
    const y = rowTop + SMALL * 1.3 + BAR / 2;
    const start = x(utc(r.deposited));
    const end = r.effective ? x(utc(r.effective)) : width - margin;
    return {
      iso3: r.iso3,
      name: { x: 0, y: textY, lines: [r.name], anchor: 'start', size: SMALL, cls: 'em' },
      outcome: { x: width, y: textY, lines: [r.outcome], anchor: 'end', size: SMALL },
      y,
      announced: { cx: x(utc(r.announced)), r: 5, tip: r.tips.announced },
      waiting: { x1: x(utc(r.announced)), x2: start, tip: r.tips.waiting },
      notice: { x: start, y: y - BAR / 2, w: end - start, h: BAR, open: r.effective === null, tip: r.tips.notice },
    };
  });

  const base = top + rows.length * rowH + 2;
  // Quarterly ticks where months would crowd (narrow layouts), else every other month.
  const months = x.ticks(width < 600 ? 4 : 7).filter((d) => d.getUTCDate() === 1);
  const ticks: Tick[] = [];
  let room = 0;
  for (const d of months) {
    const pos = x(d);
    const label = input.tickLabel(d.toISOString().slice(0, 10));
    const half = textWidth(label, SMALL) / 2;
    const labelPos = Math.min(Math.max(pos, half), width - half);
    // A label pushed in from the edge onto its neighbour is dropped, not overlapped.
    if (labelPos - half < room) continue;
    ticks.push({ pos, label, labelPos });
    room = labelPos + half + SMALL;
  }
  return {
    width,
    height: base + 6 + SMALL * 1.4,
    title: titleLabel,
    legend: lg.items,
    rows,
    axis: { x: margin, w: width - 2 * margin, top, base, ticks },
  };
}
