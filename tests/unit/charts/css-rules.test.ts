/**
 * A page carries the rules of the shared chart stylesheet its drawings use
 * (src/charts/kit/css-rules.ts, src/components/charts/ChartStyles.astro).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classesIn, plainRules, rulesUsedBy } from '../../../src/charts/kit/css-rules';
import { CHART_SPECS, downloadSvg } from '../../../src/charts';
import { SHIPPED_LAYOUTS } from '../../../src/charts/kit/layout';

// Read from disk: Vitest turns CSS imports into empty strings.
const shared = readFileSync('src/components/charts/chart-svg.css', 'utf8');
const drawings = (ids: string[]) =>
  ids.flatMap((id) => SHIPPED_LAYOUTS.map((l) => CHART_SPECS[id as keyof typeof CHART_SPECS].svg(l.name))).join('');

describe('the chart rules a page carries', () => {
  it('keeps a rule when every class of one of its selectors is drawn', () => {
    const css = '.chart-svg .a,.chart-svg .b .c{fill:red}.chart-svg .d{fill:blue}';
    expect(rulesUsedBy(css, new Set(['chart-svg', 'b', 'c']))).toBe('.chart-svg .a,.chart-svg .b .c{fill:red}');
    expect(rulesUsedBy(css, new Set(['chart-svg', 'c']))).toBe('');
    expect(classesIn('<g class="x  y"><path class="z"/></g>')).toEqual(new Set(['x', 'y', 'z']));
  });

  it('refuses at-rules, which it cannot judge', () => {
    expect(() => plainRules('@media print{.a{fill:red}}')).toThrow(/no at-rules/);
  });

  it('finds every rule of the shared stylesheet used by some chart or download (states a script adds live in chart-states.css)', () => {
    // The downloads' credit frame (.bg behind it) uses the same file.
    const ids = Object.keys(CHART_SPECS);
    const all = classesIn(drawings(ids) + ids.map((id) => downloadSvg(id as keyof typeof CHART_SPECS, 'example.org')).join(''));
    const unused = plainRules(shared).filter((r) => rulesUsedBy(r.text, all) === '');
    expect(unused.map((r) => r.selectors.join(', '))).toEqual([]);
  });

  it('gives a bar chart none of the line chart’s or map’s marks', () => {
    const css = rulesUsedBy(shared, classesIn(drawings(['cambodia-casualties'])));
    expect(css).toContain('.f-killed');
    expect(css).not.toContain('.ln');
    expect(css.length).toBeLessThan(shared.length / 2);
  });
});
