import { describe, expect, it } from 'vitest';
import { membershipTimeline } from '../../../src/charts/membership-timeline/geometry';
import { timelineInput } from '../../../src/charts/membership-timeline/spec';
import { dataAsOf, statesPartiesAt, steps } from '../../../src/data';

/** Screen points of an SVG path made of M/H/V/L commands (d3's step curve). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const n = args.split(/[ ,]/).filter(Boolean).map(Number);
    if (cmd === 'M' || cmd === 'L') [x, y] = n;
    else if (cmd === 'H') x = n[0];
    else y = n[0];
    out.push([x, y]);
  }
  return out;
}

describe.each([320, 700, 960])('membership timeline at width %i', (width) => {
  const g = membershipTimeline(timelineInput(width), width);

  it('spans the panel from 1997 to the last date of the data', () => {
    const pts = points(g.main.path);
    expect(pts[0][0]).toBeCloseTo(g.main.x, 0);
    expect(pts.at(-1)![0]).toBeCloseTo(g.main.x + g.main.w, 0);
  });

  it('maps counts linearly from a zero baseline, ending at the current count', () => {
    const pts = points(g.main.path);
    const base = g.main.y + g.main.h;
    expect(pts[0][1]).toBeCloseTo(base, 0);
    const perState = (base - g.main.yTicks.find((t) => t.label === '100')!.pos) / 100;
    expect(base - pts.at(-1)![1]).toBeCloseTo(statesPartiesAt(dataAsOf) * perState, 0);
    const top = Math.min(...pts.map((p) => p[1]));
    expect(base - top).toBeCloseTo(Math.max(...steps().map((s) => s.count)) * perState, 0);
  });

  it('draws the 2025–26 detail with one point per change and heights in proportion', () => {
    const changes = steps().filter((s) => s.date > '2024-11-01');
    expect(g.detail.points.map((p) => p.tip.slice(0, 40))).toHaveLength(changes.length);
    const [a, b] = [g.detail.yTicks[0], g.detail.yTicks[1]];
    const perState = (a.pos - b.pos) / (Number(b.label) - Number(a.label));
    for (let k = 1; k < changes.length; k++) {
      const dy = g.detail.points[k - 1].y - g.detail.points[k].y;
      expect(dy).toBeCloseTo((changes[k].count - changes[k - 1].count) * perState, 0);
    }
  });

  it('annotates signing, entry into force, 164 and today, and every 2025–26 change', () => {
    const text = g.main.labels.map((l) => l.lines.join(' ')).join(' | ');
    expect(text).toMatch(/Dec 1997/);
    expect(text).toMatch(/1 Mar 1999: in force/);
    expect(text).toMatch(/Dec 2017: 164/);
    expect(text).toMatch(/161/);
    const detail = g.detail.labels.map((l) => l.lines.join(' ')).join(' | ');
    for (const name of ['Marshall Islands', 'Tonga', 'Estonia', 'Latvia', 'Lithuania', 'Finland', 'Poland']) expect(detail).toContain(name);
    expect(detail).not.toContain('Ukraine');
  });
});
