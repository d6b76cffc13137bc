/**
 * The language switcher's "ខ្មែរ" on every non-Khmer page is a CSS mask of one shared
 * file (src/assets/khmer-autonym.svg) sized by rules in src/styles/autonym.css.
 * Both must be the outline src/i18n/outline.ts draws from the font: a new font version
 * or a change to the drawing shows here (`npx vitest run --project unit -u` rewrites the
 * file; look at it in the switcher before committing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { khmerOutline, khmerOutlineFile } from '../../../src/i18n/outline';
import { LANGUAGES } from '../../../src/i18n';

const word = LANGUAGES.km.autonym;
const css = readFileSync('src/styles/autonym.css', 'utf8');

describe('the drawn Khmer autonym', () => {
  it('is the outline of ខ្មែរ, subscript included', async () => {
    expect(word).toBe('ខ្មែរ');
    const file = khmerOutlineFile(word);
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 -\d+ \d+ \d+"><path d="m[^"]+"\/><\/svg>\n$/);
    await expect(file).toMatchFileSnapshot('../../../src/assets/khmer-autonym.svg');
  });

  it('is sized in the CSS as the outline measures it', () => {
    const { viewBox, width, height, bottom } = khmerOutline(word);
    const [, top, units] = viewBox.split(' ').map(Number);
    const rule = /\.autonym-km \{([^}]*)\}/.exec(css)![1];
    expect(rule).toContain(`width: ${width};`);
    expect(rule).toContain(`height: ${height};`);
    const drawing = /\.autonym-km::before \{([^}]*)\}/.exec(css)![1];
    expect(drawing).toContain(`height: calc(100% * ${bottom - top} / ${-top});`);
    expect(drawing).toContain(`aspect-ratio: ${units} / ${bottom - top};`);
  });
});
