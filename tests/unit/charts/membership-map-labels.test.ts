/**
 * Where the map's state names sit, checked against d3's exact outlines (not the
 * placement code's own idea of them): every point of every label, at every
 * layout, is either in the band above the drawing or on the land of the state
 * it names; never on another state's land, a territory, a small state's dot, or
 * open sea. A label off its state has a leader that starts on that state's land.
 */
import { describe, expect, it } from 'vitest';
import { mapGeometry, mapInput } from '../../../src/charts/membership-map/spec';
import { membershipMap, type MapGeometry } from '../../../src/charts/membership-map/geometry';
import { labelBox, overlaps, type Label } from '../../../src/charts/kit/text';
import { LAYOUTS } from '../../../src/charts/kit/layout';

/** d3's exact outlines (absolute M/L/Z at 0.1 px), in the same frame as the shipped drawing. */
const exact = membershipMap({ ...mapInput, exact: true });

type Ring = [number, number][];
function rings(d: string): Ring[] {
  return d
    .split(/Z/i)
    .filter((r) => r.trim())
    .map((r) => (r.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? []).map((p) => p.split(',').map(Number) as [number, number]));
}

interface Land {
  name: string;
  iso3?: string;
  rings: Ring[];
  box: { x0: number; y0: number; x1: number; y1: number };
}
const lands: Land[] = [
  ...exact.countries.map((c) => ({ name: c.name, iso3: c.iso3 as string | undefined, d: c.d })),
  ...exact.territories.map((t) => ({ name: t.name, iso3: undefined, d: t.d })),
].map(({ name, iso3, d }) => {
  const rs = rings(d);
  const xs = rs.flat().map((p) => p[0]);
  const ys = rs.flat().map((p) => p[1]);
  return { name, iso3, rings: rs, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } };
});

/** Even-odd point in a feature's outline. */
function onLand(land: Land, x: number, y: number): boolean {
  const b = land.box;
  if (x < b.x0 || x > b.x1 || y < b.y0 || y > b.y1) return false;
  let inside = false;
  for (const ring of land.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const landOf = (iso3: string) => lands.find((l) => l.iso3 === iso3)!;

/** What is wrong with a label naming `iso3` in geometry `g`: one line per fault, empty when none. */
function faults(g: MapGeometry, label: Label, iso3: string): string[] {
  const own = landOf(iso3);
  const box = labelBox(label);
  const out = new Set<string>();
  let allOwn = true;
  for (let x = box.x; x <= box.x + box.w + 0.01; x += Math.min(1, box.w)) {
    for (let y = box.y; y <= box.y + box.h + 0.01; y += Math.min(1, box.h)) {
      const other = lands.find((l) => l !== own && onLand(l, x, y));
      if (other) out.add(`over ${other.name}`);
      const dot = g.dots.find((d) => Math.hypot(d.x - x, d.y - y) < 4.5);
      if (dot) out.add(`over the dot of ${dot.name}`);
      const mine = onLand(own, x, y);
      allOwn &&= mine;
      if (!mine && !other && y >= g.frame.y) out.add('in the sea');
      if (x < 0 || x > g.width || y < 0 || y > g.height) out.add('outside the drawing');
    }
  }
  if (!allOwn) {
    if (!label.leader) out.add('off its state without a leader');
    else {
      if (!onLand(own, label.leader.x1, label.leader.y1)) out.add('leader does not start on its land');
      const [x2, y2] = [label.leader.x2, label.leader.y2];
      const gap = Math.max(box.x - x2, x2 - (box.x + box.w), box.y - y2, y2 - (box.y + box.h), 0);
      if (gap > 2) out.add('leader does not reach its label');
    }
  }
  return [...out];
}

describe('map labels', () => {
  it.each(LAYOUTS.map((l) => [l.name]))(
    'at layout %s, sit on their own land or in the band above the map, never on other land or sea',
    (name) => {
      const layout = LAYOUTS.find((l) => l.name === name)!;
      const labels = mapGeometry.labels[layout.name];
      const wanted = mapInput.labelled.filter((l) => !l.layouts || l.layouts.includes(layout.name));
      expect(labels.map((l) => l.lines[0])).toEqual(wanted.map((l) => l.text));
      expect(labels.map((l) => l.lines[0])).toEqual(expect.arrayContaining(['Ukraine', 'Cambodia']));
      labels.forEach((label, i) => expect(faults(mapGeometry, label, wanted[i].iso3), `${label.lines[0]} at ${name}`).toEqual([]));
      for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(labelBox(a), labelBox(b))).toBe(false);
    },
  );

  it('finds a label planted in the sea or on another state', () => {
    const cambodia = mapGeometry.labels.l.find((l) => l.lines[0] === 'Cambodia')!;
    const ukraine = mapGeometry.labels.l.find((l) => l.lines[0] === 'Ukraine')!;
    const khm = mapGeometry.labelShapes.find((s) => s.iso3 === 'KHM')!;
    const pol = landOf('POL');
    // In the South China Sea, east of Cambodia, with a leader from Cambodia (the 1280 px defect).
    const sea = {
      ...cambodia,
      x: khm.box.x + khm.box.w + 40,
      y: khm.cy + 4,
      leader: { x1: khm.cx, y1: khm.cy, x2: khm.box.x + khm.box.w + 8, y2: khm.cy },
    };
    expect(faults(mapGeometry, sea, 'KHM')).toContain('in the sea');
    // Over Poland (the 375 px defect: a label on its neighbours).
    const onPoland = { ...ukraine, x: (pol.box.x0 + pol.box.x1) / 2, y: (pol.box.y0 + pol.box.y1) / 2 + 4 };
    expect(faults(mapGeometry, onPoland, 'UKR')).toEqual(expect.arrayContaining(['over Poland']));
    // Off its land with no leader.
    expect(faults(mapGeometry, { ...ukraine, leader: undefined }, 'UKR')).toContain('off its state without a leader');
  });
});
