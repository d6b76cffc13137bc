/**
 * Golden files: the standalone SVG of each chart. A change to geometry or
 * markup shows up as a diff to review (and the PNGs were checked by eye when
 * these files were written). Update with `npx vitest run --project unit -u`.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, standaloneSvg } from '../../../src/charts';

describe('golden standalone SVGs', () => {
  it.each(CHART_IDS)('%s', async (id) => {
    await expect(standaloneSvg(id)).toMatchFileSnapshot(`./__golden__/${id}.svg`);
  });
});
