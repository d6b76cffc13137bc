import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../../src/charts';
import { CHART_IDS } from '../../../src/charts/registry';
import { exploreTree } from '../../../src/charts/kit/explore';
import { SHIPPED_LAYOUTS } from '../../../src/charts/kit/layout';
import { tipsOnce } from '../../../src/charts/kit/tips';
import { packTree, unpackTree } from '../../../src/charts/kit/tree-pack';
import { LANGUAGES, useTranslations, type Lang } from '../../../src/i18n';

const LANGS = Object.keys(LANGUAGES) as Lang[];
const tips = (svg: string) => [...svg.matchAll(/ data-tip="([^"]*)"/g)].map((m) => m[1]);
/** Each mark's tip (null where it has none), in order, as the reader's browser holds them. */
const markTips = (svg: string) =>
  [...svg.matchAll(/<[a-z][^>]*>/g)]
    .filter((m) => / class="(?:[^"]* )?mark[ "]/.test(m[0]))
    .map((m) => / data-tip="([^"]*)"/.exec(m[0])?.[1] ?? null);
/** What src/scripts/chart-tooltip.ts does: a drawing sent without tips takes the first's, mark by mark. */
const shared = ([first, ...others]: string[]) => [
  markTips(first),
  ...others.map((d) => (tips(d).length ? markTips(d) : markTips(d).map((_, k) => markTips(first)[k] ?? null))),
];
/** The tree as it was sent before packing: leaves without a children list. */
const plain = (node: { label: string; children?: unknown[] }): unknown =>
  node.children?.length ? { label: node.label, children: node.children.map((c) => plain(c as typeof node)) } : { label: node.label };

describe('each chart’s words sent once', () => {
  it.each(LANGS)(
    '%s: the packed explore tree unpacks to every label the reader heard before, and is smaller',
    (lang) => {
      for (const id of CHART_IDS) {
        const tree = exploreTree(chartSpec(id, lang), useTranslations(lang));
        const packed = packTree(tree);
        expect(unpackTree(JSON.parse(JSON.stringify(packed))), `${lang} ${id}`).toEqual(plain(tree));
        expect(JSON.stringify(packed).length, `${lang} ${id}`).toBeLessThan(JSON.stringify(plain(tree)).length);
      }
    },
    60_000,
  );

  it('a dates list is shared by the series of one table (Cambodia: killed, injured, total over the same years)', () => {
    const packed = packTree(exploreTree(chartSpec('cambodia-casualties')));
    const years = packed.at.filter((list) => list[0] === '1979');
    expect(years).toHaveLength(1);
  });

  it('keeps a label whose value itself holds ": " whole', () => {
    const tree = { label: 'T', children: [{ label: 'S', children: [{ label: 'a: b: c' }, { label: 'd: e' }] }] };
    expect(unpackTree(packTree(tree))).toEqual(tree);
  });

  it.each(CHART_IDS.filter((id) => id !== 'membership-map'))(
    '%s: tips ride on the first drawing only, the same ones in the same order',
    (id) => {
      const drawings = SHIPPED_LAYOUTS.map((l) => chartSpec(id).svg(l.name));
      const sent = tipsOnce(drawings);
      expect(tips(sent[0])).toEqual(tips(drawings[0]));
      expect(tips(drawings[0]).length).toBeGreaterThan(0);
      for (const later of sent.slice(1)) expect(tips(later)).toEqual([]);
      // Each later drawing still has a mark for every tip: the script gives them out by position.
      for (const later of sent.slice(1)) expect(later.match(/class="mark[ "]/g)).toHaveLength(tips(drawings[0]).length);
    },
  );

  // A mark without a tip (say a gap's cross) drawn first in one drawing and last in the other: the tips
  // alone are the same list, but paired by mark the narrow drawing's bars would each show their neighbour's.
  it('a mark without a tip leaves every mark its own tip once the script has shared them', () => {
    const wide = '<g class="mark"></g><rect class="mark f-a" data-tip="a"/><g class="mark" data-tip="b"></g>';
    const narrow = '<rect class="mark f-a" data-tip="a"/><g class="mark" data-tip="b"></g><g class="marks"><g class="mark"></g></g>';
    expect(shared(tipsOnce([wide, narrow]))).toEqual([markTips(wide), markTips(narrow)]);
    // In the same place in both, the tips are still sent once.
    const sent = tipsOnce([wide, wide]);
    expect(tips(sent[1])).toEqual([]);
    expect(shared(sent)).toEqual([markTips(wide), markTips(wide)]);
  });

  it('leaves drawings whose tips differ as they were', () => {
    const drawings = ['<g class="mark" data-tip="a"></g>', '<g class="mark" data-tip="b"></g>'];
    expect(tipsOnce(drawings)).toEqual(drawings);
  });
});
