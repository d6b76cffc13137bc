/**
 * The quotation registry (content/quotes.yaml): the only place quoted words live. A
 * quotation may be printed only in a sentence that names its speaker or body as the
 * source attributes it; <Quote> enforces that at build time and the content tests
 * enforce it in summaries, notes, chart texts and the other YAML copy.
 */
import { parse } from 'yaml';
import quotesYaml from '../../content/quotes.yaml?raw';

export interface QuoteEntry {
  id: string;
  speaker: string;
  body: string;
  /** A key in content/sources.yaml or content/datasets.yaml. */
  source: string;
  words: string;
  /** When the words were said or published; absent when no source gives the day (dateNote says so). */
  date?: string;
  dateNote?: string;
  /** Ways a sentence may name the speaker ("Zelensky", "Humanity & Inclusion"). */
  names: string[];
}

export const quotes: QuoteEntry[] = parse(quotesYaml);

export function quote(id: string): QuoteEntry {
  const q = quotes.find((x) => x.id === id);
  if (!q) throw new Error(`Unknown quotation "${id}" (see content/quotes.yaml)`);
  return q;
}

/** Whether `text` (the words around a quotation) names the quotation's speaker. */
export function namesSpeaker(text: string, q: QuoteEntry): boolean {
  const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
  return q.names.some((n) => flat(text).includes(flat(n)));
}

/** The entries whose words are exactly `words` (quote marks and spacing aside). */
export function quotesWithWords(words: string): QuoteEntry[] {
  const norm = (s: string) =>
    s
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return quotes.filter((q) => norm(q.words) === norm(words));
}
