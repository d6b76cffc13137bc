/**
 * "Cite this page" and "Cite this chart": one formatter for the three styles a
 * school or newsroom asks for. The site is both author and publisher (no person
 * signs the text), so each style's rule for a work without a personal author applies.
 * The publisher is SITE_NAME and the date is the day the text was last reviewed
 * (content/site.yaml): every citation on the site reads both from here.
 */
import { parse } from 'yaml';
import siteYaml from '../../content/site.yaml?raw';
import { utc } from '../format';
import { t, useTranslations } from '../i18n';
import { SITE_NAME } from './site';

export const PUBLISHER = SITE_NAME;

const site = parse(siteYaml) as { publisher?: unknown; reviewed?: unknown };
if (typeof site.reviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(site.reviewed)) {
  throw new Error('content/site.yaml: `reviewed` must be a quoted YYYY-MM-DD date');
}
if (typeof site.publisher !== 'string') throw new Error('content/site.yaml: `publisher` must be a name');
/** YYYY-MM-DD: when the explainer's text was last reviewed. */
export const REVIEWED: string = site.reviewed;
/** Who publishes the site, as the imprint on every page names them. */
export const SITE_PUBLISHER: string = site.publisher;

export type CitationStyle = 'apa' | 'mla' | 'chicago';
export const CITATION_STYLES: CitationStyle[] = ['apa', 'mla', 'chicago'];

export interface Citable {
  title: string;
  url: string;
  publisher?: string;
  /** YYYY-MM-DD */
  reviewed?: string;
}

/** A run of citation text; `italic` runs are titles the style sets in italics. */
export interface Part {
  text: string;
  italic?: boolean;
}

// The styles are English-language conventions, so their dates are English whatever the page's language.
const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const month = (date: string) => monthName.format(utc(date));
// MLA 9 abbreviates months longer than four letters, with its own forms: "Sept.", not CLDR's "Sep", and
// "June"/"July" whole. No Intl locale gives those, so they are strings, read in English like the dates above.
const english = useTranslations('en');
const mlaMonth = (m: number) => english(`cite.mla-month.${m}`);

function ymd(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`cite: "${date}" is not a YYYY-MM-DD date`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) throw new Error(`cite: "${date}" is not a calendar date`);
  return [y, mo, d];
}

/** A title's own final punctuation replaces the full stop a style adds after it. */
const close = (title: string, mark = '.') => (/[.?!]$/.test(title) ? title : `${title}${mark}`);

/** APA 7, web page by a group author that is also the site: the site is named once, as author. */
function apa(c: Required<Citable>): Part[] {
  const [y, , d] = ymd(c.reviewed);
  return [
    { text: `${close(c.publisher)} (${y}, ${month(c.reviewed)} ${d}). ` },
    { text: close(c.title), italic: true },
    { text: ` ${c.url}` },
  ];
}

/** MLA 9: no author, so the entry starts with the title; the URL drops its scheme. */
function mla(c: Required<Citable>): Part[] {
  const [y, m, d] = ymd(c.reviewed);
  const url = c.url.replace(/^https?:\/\//, '');
  const container: Part[] = c.title === c.publisher ? [] : [{ text: c.publisher, italic: true }, { text: ', ' }];
  return [{ text: `“${close(c.title)}” ` }, ...container, { text: `${d} ${mlaMonth(m)} ${y}, ${url}.` }];
}

/** Chicago 17, bibliography entry for a website without an author. */
function chicago(c: Required<Citable>): Part[] {
  const [y, , d] = ymd(c.reviewed);
  const owner: Part[] = c.title === c.publisher ? [] : [{ text: `${close(c.publisher)} ` }];
  return [
    { text: `“${close(c.title)}” ` },
    ...owner,
    { text: `${t('cite.chicago-reviewed', { date: `${month(c.reviewed)} ${d}, ${y}` })} ${c.url}.` },
  ];
}

const FORMATTERS: Record<CitationStyle, (c: Required<Citable>) => Part[]> = { apa, mla, chicago };

export function citation(style: CitationStyle, work: Citable): Part[] {
  return FORMATTERS[style]({ publisher: PUBLISHER, reviewed: REVIEWED, ...work });
}

/** The citation as plain text, for copying. */
export const plainText = (parts: Part[]): string => parts.map((p) => p.text).join('');
