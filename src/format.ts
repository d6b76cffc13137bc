/**
 * The one number and date formatter, through Intl with a locale: charts, their
 * tables, the facts in the prose and the pages all format here, so a language
 * is a locale, not new code. Dates are ISO days read at UTC, so the build
 * machine's time zone cannot shift a day.
 */
export type DateStyle = 'long' | 'short' | 'month' | 'month-long';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' }, // 27 December 2025
  short: { day: 'numeric', month: 'short', year: 'numeric' }, // 27 Dec 2025
  month: { month: 'short', year: 'numeric' }, // Dec 2025
  'month-long': { month: 'long', year: 'numeric' }, // December 2025
};

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface Formatter {
  locale: string;
  /** 4127 → "4,127". */
  num(value: number): string;
  /** "2025-12-27" → "27 December 2025" (long), "27 Dec 2025" (short), "Dec 2025" (month), "December 2025" (month-long). */
  date(iso: string, style?: DateStyle): string;
  /**
   * An "as of" value as a reader reads it: an ISO day in the long style, an ISO month
   * as its month and year, a year or a dataset's own words ("End of 2024") as given.
   */
  asOf(value: string): string;
  /** ["A", "B", "C"] → "A, B and C". */
  list(items: string[]): string;
  /** The plural category of a count ("one", "other", …) for picking a string. */
  plural(count: number): Intl.LDMLPluralRule;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/**
 * What an "as of" value is, for the words that go before it: French says "au 20 février",
 * "en février 2026", "en 2023"; Ukrainian "станом на 2023 рік". A dataset's own words
 * ("end of 2024") are none of these and carry their own preposition in each translation.
 */
export function asOfKind(value: string): 'day' | 'month' | 'year' | 'words' {
  return ISO_DAY.test(value) ? 'day' : ISO_MONTH.test(value) ? 'month' : /^\d{4}$/.test(value) ? 'year' : 'words';
}

const cache = new Map<string, Formatter>();

export function formatter(locale: string): Formatter {
  let f = cache.get(locale);
  if (f) return f;
  const numbers = new Intl.NumberFormat(locale);
  const dates = Object.fromEntries(
    Object.entries(DATE_OPTIONS).map(([style, options]) => [style, new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })]),
  ) as Record<DateStyle, Intl.DateTimeFormat>;
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const plurals = new Intl.PluralRules(locale);
  f = {
    locale,
    list: (items) => lists.format(items),
    plural: (count) => plurals.select(count),
    num: (value) => numbers.format(value),
    date: (iso, style = 'long') => dates[style].format(utc(iso.length === 7 ? `${iso}-01` : iso)),
    asOf: (value) =>
      ISO_DAY.test(value) ? dates.long.format(utc(value)) : ISO_MONTH.test(value) ? dates['month-long'].format(utc(`${value}-01`)) : value,
  };
  cache.set(locale, f);
  return f;
}

/** The site's language (content/strings/en.yaml); pages in another language pass theirs. */
export const DEFAULT_LOCALE = 'en-GB';
const site = formatter(DEFAULT_LOCALE);

export const num = site.num;
export const longDate = (iso: string) => site.date(iso, 'long');
export const shortDate = (iso: string) => site.date(iso, 'short');
export const monthYear = (iso: string) => site.date(iso, 'month');

/** Text that ends with a full stop once its closing tags are set aside ("20 лютого 2026 р.", "<time>… р.</time>"). */
const endsWithStop = (text: string) => /\.(?:<\/[a-z]+>)*$/i.test(text);

/**
 * What follows a value in a sentence, without a full stop the value already ends with:
 * a Ukrainian date ends in "р.", so "станом на {date}." must not read "2026 р..".
 * An ellipsis ("…", "...") after the value is left alone.
 */
export function afterValue(value: string, rest: string): string {
  return endsWithStop(value) && rest.startsWith('.') && !rest.startsWith('..') ? rest.slice(1) : rest;
}
