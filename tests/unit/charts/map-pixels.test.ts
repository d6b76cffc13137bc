/**
 * The shipped map is simplified and written in whole pixels; it must look like
 * d3's exact drawing. Both are rendered with resvg at a phone's and a laptop's
 * width and compared pixel by pixel: only border pixels may move (a country
 * drawn across the map, as an antimeridian mistake draws Russia or Fiji, moves
 * tens of thousands).
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { membershipMap } from '../../../src/charts/membership-map/geometry';
import { standaloneSvg } from '../../../src/charts';
import { mapInput } from '../../../src/charts/membership-map/spec';

const shipped = standaloneSvg('membership-map');
const exact = membershipMap({ ...mapInput, exact: true });
const exactPaths = [...exact.countries, ...exact.territories].map((c) => c.d);
let k = 0;
// Small states are drawn as shaped dots, not outlines: only the outlines are replaced.
const reference = shipped.replace(/<path d="[^"]*" class="mark (?!s-[pswn] dot)/g, () => `<path d="${exactPaths[k++]}" class="mark `);

function differing(width: number) {
  const render = (svg: string) => new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  const a = render(shipped);
  const b = render(reference);
  // .pixels copies the whole image on every read.
  const [pa, pb] = [a.pixels, b.pixels];
  let strong = 0;
  for (let i = 0; i < pa.length; i += 4) {
    const d = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
    if (d > 64) strong++;
  }
  return strong / (a.width * a.height);
}

describe('membership map paths', () => {
  it('replaces every drawn path of the exact drawing', () => {
    expect(k).toBe(exactPaths.length);
    expect(reference).not.toBe(shipped);
  });

  it.each([
    [360, 0.005],
    [1000, 0.02],
  ])('at %i px, differs from the exact drawing in at most a share %f of pixels', (width, limit) => {
    expect(differing(width)).toBeLessThanOrEqual(limit);
  });
});
