/**
 * Labels never overlap: every text drawn in each chart (titles, ticks, legends,
 * annotations, value labels) is read back from the markup, at the three layout
 * widths and at 320 and 960, and checked pairwise and against the bars.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHART_SPECS } from '../../../src/charts';
import { LAYOUTS } from '../../../src/charts/kit/layout';
import { barBoxes, overlappingTexts, textBoxes, viewBox } from './svg-boxes';

const WIDTHS = [320, 960, ...LAYOUTS.map((l) => l.width)];
// The map is one drawing at every width; membership-map.test.ts checks its label sets.
const cartesian = CHART_IDS.filter((id) => id !== 'membership-map');

describe.each(cartesian)('%s', (id) => {
  it.each(WIDTHS)('has no overlapping text at width %i', (width) => {
    const svg = CHART_SPECS[id].svgAtWidth(width);
    const texts = textBoxes(svg);
    expect(texts.length).toBeGreaterThan(10);
    expect(overlappingTexts(texts)).toEqual([]);
  });

  it.each(WIDTHS)('keeps text inside the drawing and off the bars at width %i', (width) => {
    const svg = CHART_SPECS[id].svgAtWidth(width);
    const { w, h } = viewBox(svg);
    expect(w).toBe(width);
    const bars = barBoxes(svg);
    for (const t of textBoxes(svg)) {
      expect(t.box.x, t.text).toBeGreaterThanOrEqual(-0.5);
      expect(t.box.x + t.box.w, t.text).toBeLessThanOrEqual(w + 0.5);
      expect(t.box.y + t.box.h, t.text).toBeLessThanOrEqual(h + 0.5);
      const hit = bars.find((b) => t.box.x < b.x + b.w && b.x < t.box.x + t.box.w && t.box.y < b.y + b.h && b.y < t.box.y + t.box.h);
      expect(hit, `"${t.text}" over a bar`).toBeUndefined();
    }
  });
});

describe('membership-map labels', () => {
  it('never overlap within a layout and stay on the map', () => {
    const svg = CHART_SPECS['membership-map'].svg('l');
    const texts = textBoxes(svg);
    const { w, h } = viewBox(svg);
    for (const layout of LAYOUTS) {
      const mine = texts.filter((t) => t.group === `lab-${layout.name}`);
      // On a phone only the two states the explainer follows are named (the picker and inset do the rest).
      const named = layout.name === 's' ? ['Cambodia', 'Ukraine'] : ['Cambodia', 'Russia', 'Ukraine', 'United States'];
      expect(mine.map((t) => t.text).sort()).toEqual(named);
      for (const t of mine) {
        expect(t.box.x).toBeGreaterThanOrEqual(0);
        expect(t.box.x + t.box.w).toBeLessThanOrEqual(w);
        expect(t.box.y + t.box.h).toBeLessThanOrEqual(h);
      }
    }
    expect(overlappingTexts(texts)).toEqual([]);
  });

  it('sizes labels so they show at 12 px or more at each layout', () => {
    const svg = CHART_SPECS['membership-map'].svg('l');
    const { w } = viewBox(svg);
    for (const layout of LAYOUTS) {
      const size = Number(new RegExp(`lab-${layout.name}">[\\s\\S]*?font-size="([\\d.]+)"`).exec(svg)?.[1] ?? 14);
      const narrowest = layout.minContainer || 288;
      expect(size * (narrowest / w), layout.name).toBeGreaterThanOrEqual(12);
    }
  });
});
