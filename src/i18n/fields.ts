/** Which fields of each content file a translation carries (content/l10n/<lang>/<file>; src/i18n/content.ts). */
/**
 * The prose fields each content file's translation may replace; everything else
 * (ids, dates, urls, titles of articles and datasets, source keys) stays English.
 */
export const TRANSLATED_FIELDS = {
  'glossary.yaml': ['term', 'definition'],
  'timeline.yaml': ['event'],
  'sources.yaml': ['note', 'contributes', 'limits', 'dateNote', 'urlNote'],
  'datasets.yaml': ['note', 'upstream', 'asOf', 'links'],
  'teach.yaml': ['questions'],
  'corrections.yaml': ['where', 'said', 'says', 'why'],
  'quotes.yaml': ['translation', 'names', 'body', 'dateNote', 'speaker'],
} as const;
export type ListFile = keyof typeof TRANSLATED_FIELDS;
