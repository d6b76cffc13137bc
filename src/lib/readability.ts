/**
 * How hard a section is to read, measured on the text a reader sees: the
 * Flesch–Kincaid grade level (Kincaid et al., 1975), a US school grade,
 * from counts of sentences, words and syllables. The formula is the
 * `flesch-kincaid` package and syllables come from `syllable` (both by
 * wooorm, the retext ecosystem); only the tokenising is ours. Its name, as
 * readers see it, is the string teach.kit.reading-formula.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadingLevel {
  words: number;
  sentences: number;
  syllables: number;
  /** US school grade, one decimal. */
  grade: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of rendered HTML: tags become spaces, entities are decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words: runs that hold a letter or a digit ("19,834", "anti-personnel", "Ukraine's"). */
export function wordsOf(text: string): string[] {
  return text.split(/[\s\u2013\u2014]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * Words of a text in `lang`: English as above; other languages by the word-like
 * segments ICU finds, since Khmer writes no spaces between words.
 */
export function wordCountIn(text: string, lang: string): number {
  if (lang === 'en') return wordsOf(text).length;
  return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
}

/**
 * Sentences end at . ! or ? followed by a space (after any closing quote or
 * bracket) or the end of the text; a decimal point ("4.3") ends none.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?][”"’')\]]*)\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** A word's syllables; a number or a symbol read aloud counts as at least one. */
function syllablesOf(word: string): number {
  const letters = word.replace(/[^\p{L}'-]/gu, '');
  return letters ? Math.max(1, syllable(letters)) : 1;
}

export function readingLevel(text: string): ReadingLevel {
  const words = wordsOf(text);
  const sentences = sentencesOf(text).length;
  if (words.length === 0 || sentences === 0) throw new Error('readingLevel: no text to measure');
  const syllables = words.reduce((sum, w) => sum + syllablesOf(w), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
