import { describe, expect, it } from 'vitest';
import { mapGeometry, mapInput } from '../../../src/charts/membership-map/spec';
import { coverShare, LABEL_COVER_MAX, membershipMap } from '../../../src/charts/membership-map/geometry';
import { labelBox } from '../../../src/charts/kit/text';
import { LAYOUTS } from '../../../src/charts/kit/layout';

/** d3's exact outlines (absolute M/L/Z): the land a leader must point into. */
const exact = membershipMap({ ...mapInput, exact: true });

function rings(d: string): [number, number][][] {
  return d
    .split(/Z/i)
    .filter((r) => r.trim())
    .map((r) => (r.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? []).map((p) => p.split(',').map(Number) as [number, number]));
}

/** Even-odd point in the state's outline. */
function onLand(iso3: string, x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings(exact.countries.find((c) => c.iso3 === iso3)!.d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe('map labels', () => {
  it('sit beside their state, with a leader from inside it, covering no labelled state', () => {
    for (const layout of LAYOUTS) {
      const labels = mapGeometry.labels[layout.name];
      const wanted = mapInput.labelled.filter((l) => !l.layouts || l.layouts.includes(layout.name));
      expect(labels.map((l) => l.lines[0])).toEqual(wanted.map((l) => l.text));
      expect(labels.map((l) => l.lines[0])).toEqual(expect.arrayContaining(['Ukraine', 'Cambodia']));
      labels.forEach((label, i) => {
        const name = `${label.lines[0]} at ${layout.name}`;
        const { iso3 } = wanted[i];
        expect(label.leader, name).toBeDefined();
        expect(onLand(iso3, label.leader!.x1, label.leader!.y1), `${name}: leader starts on its land`).toBe(true);
        for (const shape of mapGeometry.labelShapes) {
          expect(coverShare(labelBox(label), shape.box), `${name} over ${shape.iso3}`).toBeLessThanOrEqual(LABEL_COVER_MAX);
        }
      });
    }
  });

  it('puts Cambodia next to Cambodia, not out in the sea south of it', () => {
    const shape = mapGeometry.labelShapes.find((s) => s.iso3 === 'KHM')!.box;
    for (const layout of LAYOUTS) {
      const label = mapGeometry.labels[layout.name].find((l) => l.lines[0] === 'Cambodia')!;
      const box = labelBox(label);
      const gap = Math.max(box.x - (shape.x + shape.w), shape.x - (box.x + box.w), box.y - (shape.y + shape.h), shape.y - (box.y + box.h));
      expect(gap, layout.name).toBeLessThan(label.size * 1.5);
      expect(box.y + box.h / 2, `${layout.name}: not south of Cambodia`).toBeLessThanOrEqual(shape.y + shape.h);
    }
  });
});
