/** Axis and gridline markup shared by the cartesian charts. */
import { SMALL, type Frame } from './layout';
import { esc, r } from './markup';

/** Horizontal gridlines with their values on the left; the first tick is the baseline. */
export function yGrid(p: Frame): string {
  return p.yTicks
    .map(
      (t) =>
        `<line x1="${r(p.x)}" x2="${r(p.x + p.w)}" y1="${r(t.pos)}" y2="${r(t.pos)}" class="grid"/>` +
        `<text x="${r(p.x - 6)}" y="${r(t.pos + SMALL * 0.35)}" text-anchor="end" font-size="${SMALL}" class="tx-m">${esc(t.label)}</text>`,
    )
    .join('');
}

/** Tick labels under the plot. */
export function xLabels(p: Frame, base = p.y + p.h): string {
  return p.xTicks
    .map(
      (t) =>
        `<line x1="${r(t.pos)}" x2="${r(t.pos)}" y1="${r(base)}" y2="${r(base + 4)}" class="base"/>` +
        `<text x="${r(t.labelPos ?? t.pos)}" y="${r(base + 6 + SMALL)}" text-anchor="middle" font-size="${SMALL}" class="tx-m">${esc(t.label)}</text>`,
    )
    .join('');
}

export function baseline(p: Frame, y = p.y + p.h): string {
  return `<line x1="${r(p.x)}" x2="${r(p.x + p.w)}" y1="${r(y)}" y2="${r(y)}" class="base"/>`;
}
