/**
 * The three layout widths every chart is drawn at. Text is 14 viewBox units in
 * each, and a layout is shown only from `minContainer` px up (a container query
 * in the figure's CSS), so text never renders smaller than 12 px:
 * 14 × 288/320, 14 × 420/480 and 14 × 600/700 are all ≥ 12. The standalone
 * download uses the widest layout.
 */
export const LAYOUTS = [
  { name: 's', width: 320, minContainer: 0 },
  { name: 'm', width: 480, minContainer: 420 },
  { name: 'l', width: 700, minContainer: 600 },
] as const;

export type LayoutName = (typeof LAYOUTS)[number]['name'];

/**
 * The drawings a page ships of each chart: the narrow one (capped at 420 px wide
 * in CSS, so its text stays between 12 and 18 px) and the wide one. The middle
 * layout cost a third of every chart's elements and bytes for one width band;
 * the map keeps its label set for that band (one drawing, src/charts/membership-map).
 */
export const SHIPPED_LAYOUTS = LAYOUTS.filter((l) => l.name !== 'm');

export const FONT = 14;
export const SMALL = 13.5;

/**
 * Candidate label offsets around a point: close first, then row by row
 * outwards, then further out sideways (a leader line then joins label and point).
 */
export function around(size: number, gap = 6, rows = 8, reach = [0, 20, 40, 60, 90, 120, 150, 200]) {
  const out: { dx: number; dy: number; anchor: 'start' | 'end' }[] = [];
  const row = size * 1.25;
  for (const far of reach) {
    for (let k = 0; k <= rows; k++) {
      for (const sign of k === 0 ? [0] : [1, -1]) {
        const dy = sign * k * row + size * 0.35;
        out.push({ dx: gap + far, dy, anchor: 'start' }, { dx: -gap - far, dy, anchor: 'end' });
      }
    }
  }
  return out;
}

/** An axis tick: where it sits, its label, and where the label is centred if not on the tick. */
export interface Tick {
  pos: number;
  label: string;
  labelPos?: number;
}

/** A plot area with its ticks, as the axis markup draws it (src/charts/kit/axes.ts). */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
  xTicks: Tick[];
  yTicks: Tick[];
}

/**
 * A drawing at its own size, then taller step by step while a label finds no
 * room ("no room for …"): English fits at the first size; a translation whose
 * words run longer gets a taller chart, never a missing label.
 */
export function growing<T>(draw: (grow: number) => T, steps = [0, 40, 80, 120, 160, 240]): T {
  let last: unknown;
  for (const grow of steps) {
    try {
      return draw(grow);
    } catch (e) {
      if (!/\bno room for\b/.test(String(e))) throw e;
      last = e;
    }
  }
  throw last;
}
