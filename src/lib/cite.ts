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
import { DEFAULT_LANG, LANGUAGES, useTranslations, type Lang } from '../i18n';
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

// The styles keep their order and punctuation in every language, but a reader copies the citation into
// work written in the page's language, so its dates and words are in that language: "(2026, 27 novembre)",
// "Revu pour la dernière fois le 27 novembre 2026". English keeps each style's own date forms.
const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const month = (date: string) => monthName.format(utc(date));
// MLA 9 abbreviates English months longer than four letters, with its own forms: "Sept.", not CLDR's
// "Sep", and "June"/"July" whole. No Intl locale gives those, so they are strings (cite.mla-month).
const english = useTranslations('en');
const mlaMonth = (m: number) => english(`cite.mla-month.${m}`);
/** A day and month without the year, in a language's own order ("27 novembre", "27 de noviembre"). */
const dayMonth = (lang: Lang, date: string) =>
  new Intl.DateTimeFormat(LANGUAGES[lang].intl, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(date));

function ymd(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`cite: "${date}" is not a YYYY-MM-DD date`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) throw new Error(`cite: "${date}" is not a calendar date`);
  return [y, mo, d];
}

/**
 * The reviewed date as a style writes it. English keeps each style's own form: APA "September 5"
 * (after the year), MLA "5 Sept. 2026", Chicago "September 5, 2026". Another language writes APA's
 * day and month in its own order and the other styles' whole date as its pages do.
 */
function styleDate(style: CitationStyle, date: string, lang: Lang): string {
  const [y, m, d] = ymd(date);
  if (lang !== DEFAULT_LANG) return style === 'apa' ? dayMonth(lang, date) : useTranslations(lang).format.date(date);
  if (style === 'mla') return `${d} ${mlaMonth(m)} ${y}`;
  return style === 'apa' ? `${month(date)} ${d}` : `${month(date)} ${d}, ${y}`;
}

/** A title's own final punctuation replaces the full stop a style adds after it. */
const close = (title: string, mark = '.') => (/[.?!]$/.test(title) ? title : `${title}${mark}`);

/** APA 7, web page by a group author that is also the site: the site is named once, as author. */
function apa(c: Required<Citable>, lang: Lang): Part[] {
  const [y] = ymd(c.reviewed);
  const date = styleDate('apa', c.reviewed, lang);
  return [{ text: `${close(c.publisher)} (${y}, ${date}). ` }, { text: close(c.title), italic: true }, { text: ` ${c.url}` }];
}

/** MLA 9: no author, so the entry starts with the title; the URL drops its scheme. */
function mla(c: Required<Citable>, lang: Lang): Part[] {
  const date = styleDate('mla', c.reviewed, lang);
  const url = c.url.replace(/^https?:\/\//, '');
  const container: Part[] = c.title === c.publisher ? [] : [{ text: c.publisher, italic: true }, { text: ', ' }];
  return [{ text: `“${close(c.title)}” ` }, ...container, { text: `${date}, ${url}.` }];
}

/** Chicago 17, bibliography entry for a website without an author. */
function chicago(c: Required<Citable>, lang: Lang): Part[] {
  const t = useTranslations(lang);
  const date = styleDate('chicago', c.reviewed, lang);
  const owner: Part[] = c.title === c.publisher ? [] : [{ text: `${close(c.publisher)} ` }];
  return [{ text: `“${close(c.title)}” ` }, ...owner, { text: `${t('cite.chicago-reviewed', { date })} ${c.url}.` }];
}

const FORMATTERS: Record<CitationStyle, (c: Required<Citable>, lang: Lang) => Part[]> = { apa, mla, chicago };

/** A work cited in one style, in the language of the page it is offered on. */
export function citation(style: CitationStyle, work: Citable, lang: Lang = DEFAULT_LANG): Part[] {
  return FORMATTERS[style]({ publisher: PUBLISHER, reviewed: REVIEWED, ...work }, lang);
}

/** The citation as plain text, for copying. */
export const plainText = (parts: Part[]): string => parts.map((p) => p.text).join('');
