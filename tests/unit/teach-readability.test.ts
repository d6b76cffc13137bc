// The reading level shown on each classroom kit: Flesch–Kincaid grade from counts
// of sentences, words and syllables in the section's rendered text.
import { describe, expect, it } from 'vitest';
import { readingLevel, sentencesOf, textOfHtml, wordsOf } from '../../src/lib/readability';

describe('reading level', () => {
  it('counts words and sentences as a reader would', () => {
    expect(wordsOf('The treaty had 164 States Parties — most of the world.')).toHaveLength(10);
    expect(sentencesOf('Casualties averaged 4.3 thousand. He said "no." Then he left!')).toHaveLength(3);
  });

  it('applies the Flesch–Kincaid formula: 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    // 8 words, 2 sentences, 8 syllables (all one-syllable words).
    const level = readingLevel('The cat sat on the mat. It ran.');
    expect(level).toMatchObject({ words: 8, sentences: 2, syllables: 8 });
    expect(level.grade).toBeCloseTo(0.39 * 4 + 11.8 * 1 - 15.59, 1);
  });

  it('rates long sentences of long words higher than short plain ones', () => {
    const plain = readingLevel('Mines hurt people. They stay in the ground. Kids find them.');
    const dense = readingLevel(
      'The Anti-Personnel Mine Ban Convention obliges every State Party to destroy stockpiled anti-personnel mines and to provide comprehensive assistance to survivors.',
    );
    expect(dense.grade).toBeGreaterThan(plain.grade + 5);
  });

  it('measures the visible text of HTML: tags dropped, entities decoded, scripts and SVG ignored', () => {
    expect(textOfHtml('<p>Ukraine&#8217;s <a href="#x">dilemma</a> &amp; more</p><svg><text>9,440</text></svg>')).toBe(
      'Ukraine’s dilemma & more',
    );
  });

  it('refuses to grade an empty text instead of showing a meaningless number', () => {
    expect(() => readingLevel('   ')).toThrow();
  });
});
