/**
 * A page's notes are numbered in reading order: the first source the text cites is
 * [1], the next new one [2], and so on, on every page. Each place that cites a
 * note gets its own id, so the note can link back to every one of them. Both are
 * counted per page render (keyed on Astro.locals, one object per page).
 *
 * Numbers cannot simply be handed out as components render: a <Fact> names its
 * source's number in its popover and often comes before the first <Cite>, and
 * siblings may render in parallel. So a page plans its numbers before it renders
 * (planNotes), in the order its <Cite> markers appear; sources
 * reached only through a <Fact>, or listed without being cited, are numbered after.
 */
import type { Translate } from '../i18n';

interface PageNotes {
  /** How many places have cited each key so far. */
  counts: Map<string, number>;
  /** Each key's note number on this page. */
  numbers: Map<string, number>;
  /** How many places the page's plan says will cite each key. */
  planned: Map<string, number>;
}

const pages = new WeakMap<object, PageNotes>();

function notesOf(page: object): PageNotes {
  let notes = pages.get(page);
  if (!notes) pages.set(page, (notes = { counts: new Map(), numbers: new Map(), planned: new Map() }));
  return notes;
}

/** The id of the next place on this page that cites `key`: "cite-<key>-<n>", n from 1. */
export function nextCitation(page: object, key: string): string {
  const { counts } = notesOf(page);
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return citationId(key, n);
}

export const citationId = (key: string, n: number): string => `cite-${key}-${n}`;

/** A key's one popover on a page: it ships with the key's first citation, and every later marker opens it. */
export const sharedNoteId = (key: string): string => `${citationId(key, 1)}-note`;

/**
 * The ids whose text names every citation of a source ("Source 1: <its label>"), for
 * aria-labelledby: the note list (SourceNotes) writes that text once per page, so each
 * [n] (a link and a button) names its source in a few bytes instead of repeating it.
 */
export const sourceNameIds = (key: string): string => `source-${key}-n source-${key}-name`;

/**
 * The words before the source's label in a citation's name (reading.cite.label, e.g.
 * "Source 1:"). aria-labelledby joins its parts with one space, so a template that puts
 * anything else around the label cannot be named this way: the build stops rather than
 * giving citations a different name.
 */
export function sourceNamePrefix(t: Translate, number: number): string {
  const [before, after] = t('reading.cite.label', { number, label: '\u0000' }).split('\u0000');
  if (after !== '' || !/\S $/.test(before))
    throw new Error(`reading.cite.label must end with " {label}" (aria-labelledby adds that one space); got "${before}{label}${after}"`);
  return before.trimEnd();
}

/** Whether the citation `id` is its key's first on the page, the one that carries the shared popover. */
export const isFirstCitation = (id: string, key: string): boolean => id === citationId(key, 1);

/** The note number of `key` on this page; a key not numbered yet takes the next number. */
export function noteNumber(page: object, key: string): number {
  const { numbers } = notesOf(page);
  let n = numbers.get(key);
  if (n === undefined) numbers.set(key, (n = numbers.size + 1));
  return n;
}

const CITE = /<Cite\s+keys=\{\[([^\]]*)\]\}/g;

/** Every <Cite> key of MDX texts, once per marker, in reading order. */
export function citedKeys(...bodies: (string | undefined)[]): string[] {
  return bodies.flatMap((body) => [...(body ?? '').matchAll(CITE)].flatMap((m) => [...m[1].matchAll(/'([^']+)'/g)].map((k) => k[1])));
}

/** Numbers the sources a page cites (citedKeys of its MDX, or its kit's cites), in the order a reader meets them, before anything renders. */
export function planNotes(page: object, keys: string[]): void {
  const { planned } = notesOf(page);
  for (const key of keys) {
    noteNumber(page, key);
    planned.set(key, (planned.get(key) ?? 0) + 1);
  }
}

/**
 * How many places on this page cite `key`: those counted so far, or the plan's count
 * if more (sibling components may not have rendered yet when the note list does).
 */
export const citationCount = (page: object, key: string): number => {
  const { counts, planned } = notesOf(page);
  return Math.max(counts.get(key) ?? 0, planned.get(key) ?? 0);
};
