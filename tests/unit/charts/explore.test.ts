import { describe, expect, it } from 'vitest';
import { exploreTree, toneFrequencies, trendSeries, TONE_HIGH, TONE_LOW } from '../../../src/charts/kit/explore';
import { chartSpec } from '../../../src/charts';
import { CHART_IDS } from '../../../src/charts/registry';

describe('explore tree', () => {
  it('gives every chart three levels: the chart, its series or groups, each value', () => {
    for (const id of CHART_IDS) {
      const spec = chartSpec(id);
      const tree = exploreTree(spec);
      expect(tree.label).toContain(spec.title);
      expect(tree.children.length, id).toBeGreaterThan(0);
      for (const node of tree.children) {
        expect(node.children.length, `${id}: ${node.label}`).toBeGreaterThan(0);
        for (const leaf of node.children) expect(leaf.children).toEqual([]);
      }
      const leaves = tree.children.flatMap((n) => n.children).length;
      const rows = spec.tables.reduce((n, tb) => n + tb.rows.length, 0);
      expect(leaves, id).toBeGreaterThanOrEqual(rows);
    }
  });

  it('says "no data" for a gap in a series, never zero', () => {
    const tree = exploreTree({
      title: 'T',
      takeaway: 'K',
      tables: [
        {
          id: 'x',
          caption: 'C',
          columns: [{ label: 'Year' }, { label: 'Killed', numeric: true }],
          rows: [
            ['2001', 5],
            ['2002', null],
            ['2003', 12],
          ],
        },
      ],
    });
    expect(tree.children).toHaveLength(1);
    const series = tree.children[0];
    expect(series.label).toMatch(/Killed: 3 values, 2001 to 2003; lowest 5 \(2001\), highest 12 \(2003\); 1 without data/);
    expect(series.children.map((c) => c.label)).toEqual(['2001: 5', '2002: no data', '2003: 12']);
  });

  it("groups the map by today's status and names every state once (its dates come from the picker)", () => {
    const tree = exploreTree(chartSpec('membership-map'));
    const groups = tree.children.map((n) => n.label);
    expect(groups).toContainEqual(expect.stringMatching(/^Status, .* 2026: Withdrawn \(5\)$/));
    const withdrawn = tree.children.find((n) => / Withdrawn \(5\)$/.test(n.label))!;
    expect(withdrawn.children.map((c) => c.label)).toEqual(['Estonia', 'Finland', 'Latvia', 'Lithuania', 'Poland']);
    expect(tree.children.flatMap((n) => n.children)).toHaveLength(197);
  });

  it('plays the total of the Cambodia chart, gaps included', () => {
    const trend = trendSeries(chartSpec('cambodia-casualties'))!;
    expect(trend.name).toMatch(/total/i);
    expect(trend.values.length).toBe(trend.at.length);
  });
});

describe('tone mapping', () => {
  it('maps the lowest value to the lowest tone, the highest to the highest, a gap to silence', () => {
    const f = toneFrequencies([10, null, 40, 20]);
    expect(f[0]).toBeCloseTo(TONE_LOW);
    expect(f[1]).toBeNull();
    expect(f[2]).toBeCloseTo(TONE_HIGH);
    expect(f[3]!).toBeGreaterThan(f[0]!);
    expect(f[3]!).toBeLessThan(f[2]!);
  });
  it('rises and falls with the values and never treats zero as a gap', () => {
    const f = toneFrequencies([0, 5, 0]);
    expect(f[0]).toBeCloseTo(TONE_LOW);
    expect(f[1]).toBeCloseTo(TONE_HIGH);
    expect(f[2]).toBeCloseTo(TONE_LOW);
  });
  it('puts a flat series in the middle', () => {
    const [a] = toneFrequencies([7, 7]);
    expect(a).toBeCloseTo(Math.sqrt(TONE_LOW * TONE_HIGH));
  });
});
