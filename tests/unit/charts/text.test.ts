import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { crosses, labelBox, overlaps, place, textWidth, wrap } from '../../../src/charts/kit/text';

describe('label boxes', () => {
  it('grow with the text and the font size', () => {
    expect(textWidth('1,000', 14)).toBeGreaterThan(textWidth('100', 14));
    expect(textWidth('Cambodia', 28)).toBeCloseTo(2 * textWidth('Cambodia', 14));
  });

  it('sit left of, around or right of the anchor', () => {
    const base = { x: 100, y: 50, lines: ['abc'], size: 10 };
    const start = labelBox({ ...base, anchor: 'start' });
    const end = labelBox({ ...base, anchor: 'end' });
    const middle = labelBox({ ...base, anchor: 'middle' });
    expect(start.x).toBe(100);
    expect(end.x + end.w).toBeCloseTo(100);
    expect(middle.x + middle.w / 2).toBeCloseTo(100);
    expect(labelBox({ ...base, lines: ['a', 'b'], anchor: 'start' }).h).toBeGreaterThan(start.h);
  });

  it('detects overlapping boxes and segments through boxes', () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 9, y: 9, w: 5, h: 5 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 11, y: 0, w: 5, h: 5 })).toBe(false);
    expect(crosses({ x1: -5, y1: 5, x2: 15, y2: 5 }, { x: 0, y: 0, w: 10, h: 10 })).toBe(true);
    expect(crosses({ x1: -5, y1: 20, x2: 15, y2: 20 }, { x: 0, y: 0, w: 10, h: 10 })).toBe(false);
  });

  it('places a label clear of obstacles, or reports that it cannot', () => {
    const obstacle = { x: 100, y: 40, w: 60, h: 20 };
    const obstacles = [obstacle];
    const label = place(
      { x: 100, y: 50 },
      ['label'],
      10,
      [
        { dx: 5, dy: 3, anchor: 'start' },
        { dx: -5, dy: 3, anchor: 'end' },
      ],
      obstacles,
      { x: 0, y: 0, w: 300, h: 100 },
    );
    expect(label).not.toBeNull();
    expect(overlaps(labelBox(label!), obstacle)).toBe(false);
    expect(obstacles).toHaveLength(2);
    expect(
      place({ x: 100, y: 50 }, ['label'], 10, [{ dx: 5, dy: 3, anchor: 'start' }], [obstacle], { x: 0, y: 0, w: 300, h: 100 }),
    ).toBeNull();
  });

  it('wraps words to a width', () => {
    const lines = wrap('Estonia, Latvia and Lithuania leave', 14, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Estonia, Latvia and Lithuania leave');
  });
});

describe('Khmer labels', () => {
  // Test words, not site copy: "Cambodia", and "The treaty banning anti-personnel mines entered into force in 1999."
  const CAMBODIA = 'កម្ពុជា';
  const SENTENCE = 'សន្ធិសញ្ញាហាមឃាត់គ្រាប់មីនប្រឆាំងមនុស្សបានចូលជាធរមាននៅឆ្នាំ១៩៩៩។';
  const font = fontkit.create(readFileSync('node_modules/@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-700-normal.woff2'));

  it('are measured with the Noto Sans Khmer the page draws them in, not by counting characters', () => {
    const shaped = (font.layout(CAMBODIA).advanceWidth / font.unitsPerEm) * 14;
    expect(textWidth(CAMBODIA, 14)).toBeCloseTo(shaped, 6);
    // Seven characters, but the coeng and vowel signs stack: far narrower than seven Latin letters.
    expect(textWidth(CAMBODIA, 14)).toBeLessThan(textWidth('Cambodi', 14));
    expect(textWidth(`${CAMBODIA} 2024`, 14)).toBeCloseTo(shaped + textWidth(' 2024', 14), 6);
  });

  it('wrap at word boundaries, losing nothing, within the width', () => {
    const lines = wrap(SENTENCE, 14, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(SENTENCE);
    const boundaries = new Set([...new Intl.Segmenter('km', { granularity: 'word' }).segment(SENTENCE)].map((s) => s.index));
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      expect(boundaries.has(at), line).toBe(true);
      expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
    }
  });
});
