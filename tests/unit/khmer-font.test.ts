/**
 * The Khmer font: subset to the Khmer the site's text uses plus a fixed set, every one
 * of those characters drawn by the font (no tofu), and within the 40 KB gzip budget
 * even if the translators' text came to use every Khmer character there is.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FIXED, khmerCharacters, subset } from '../../integrations/khmer-font.mjs';

const BUDGET = 40 * 1024;
const everyKhmer = () => {
  let s = '';
  for (let c = 0x1780; c <= 0x17ff; c++) s += String.fromCodePoint(c);
  for (let c = 0x19e0; c <= 0x19ff; c++) s += String.fromCodePoint(c);
  return s;
};
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes));

describe('the Khmer font', () => {
  it("takes the Khmer of the translators' files and the fixed set, and nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), 'km-'));
    mkdirSync(join(dir, 'l10n/km'), { recursive: true });
    writeFileSync(join(dir, 'km.yaml'), 'site:\n  name: កម្ពុជា\n');
    writeFileSync(join(dir, 'l10n/km/a.mdx'), 'Text ក្នុង English');
    const chars = khmerCharacters([dir]);
    for (const ch of 'កម្ពុជាក្នុង') expect(chars).toContain(ch);
    for (const ch of FIXED) expect(chars).toContain(ch);
    expect(chars).not.toMatch(/[A-Za-z]/);
  });

  it('draws every character it was subset for, and no other', async () => {
    const text = `កម្ពុជា ${FIXED}`;
    const font = open(await subset(text));
    for (const ch of [...text].filter((c) => /[\u1780-\u17FF]/.test(c))) {
      expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
    }
    expect(font.hasGlyphForCodePoint('ខ'.codePointAt(0)!)).toBe(false);
    // A conjunct (coeng + consonant) shapes to a subscript form, not a dotted circle.
    expect(font.layout('ម្ព').glyphs.some((g) => g.name === 'uni25CC')).toBe(false);
  }, 60_000);

  it('stays within 40 KB gzip, weights 400 to 700, even with every Khmer character', async () => {
    expect(gzipSync(await subset(everyKhmer())).length).toBeLessThanOrEqual(BUDGET);
  }, 60_000); // instancing the weight axis takes a few seconds on a busy machine
});
