/**
 * Golden files: the standalone SVG of each chart, one element per line (see
 * golden-pretty.ts), so a change to geometry or markup shows up as a readable diff
 * to review (and the PNGs were checked by eye when these files were written).
 * Update with `npx vitest run --project unit -u`.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, downloadSvg, standaloneSvg } from '../../../src/charts';
import { prettySvg } from './golden-pretty';

const unbroken = (text: string) => text.replace(/\n\s*/g, '');

describe('golden standalone SVGs', () => {
  it.each(CHART_IDS)('%s', async (id) => {
    await expect(prettySvg(standaloneSvg(id))).toMatchFileSnapshot(`./__golden__/${id}.svg`);
  });

  it.each(CHART_IDS)('%s: the pretty form only adds line breaks and indentation', (id) => {
    const svg = standaloneSvg(id);
    const pretty = prettySvg(svg);
    expect(unbroken(pretty)).toBe(unbroken(svg));
    expect(pretty.split('\n').length).toBeGreaterThan(50);
  });
});

describe('golden download SVGs: the chart framed by its credit', () => {
  // One chart is enough to show the frame; every chart's credit is checked in tests/site/downloads.test.ts.
  it('membership-timeline', async () => {
    const svg = downloadSvg('membership-timeline', 'https://example.org/mine-ban/');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__golden__/download-membership-timeline.svg');
    expect(unbroken(prettySvg(svg))).toBe(unbroken(svg));
  });
});
