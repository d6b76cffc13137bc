import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../../src/charts';
import { LAYOUTS } from '../../../src/charts/kit/layout';
import { cropToPanel, panelCount, panelOnly } from '../../../src/charts/kit/panels';

const titles = (svg: string) => [...svg.matchAll(/class="[^"]*\bpanel-title\b[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('one panel of a multi-panel drawing', () => {
  for (const id of ['membership-timeline', 'global-casualties', 'cambodia-casualties'] as const) {
    for (const layout of LAYOUTS) {
      const whole = chartSpec(id).svg(layout.name);
      it(`${id} (${layout.name}): each panel ships its own title, the view of cropToPanel, and less markup`, () => {
        const all = titles(whole);
        expect(panelCount(whole)).toBeGreaterThan(1);
        for (let n = 1; n <= panelCount(whole); n++) {
          const one = panelOnly(whole, n);
          expect(titles(one)).toEqual([all[n - 1]]);
          expect(one.match(/viewBox="[^"]+"/)![0]).toBe(cropToPanel(whole, n).match(/viewBox="[^"]+"/)![0]);
          expect(one).toContain('<title');
          expect(one).toContain('<desc');
          expect(one.length).toBeLessThan(whole.length * 0.8);
        }
      });
    }
  }
});
