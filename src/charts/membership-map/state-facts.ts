/**
 * Each state's dates for the map's picker and tooltips, packed small: the page carries
 * ISO dates per state (one attribute) and the sentences once (their words from
 * content/strings), and the browser writes the lines (./client.ts) with the page's
 * locale. Some 200 states' sentences written out weighed about 3 KB gzip in English and
 * twice that in Ukrainian or Khmer; packed, under a kilobyte. Build and browser share
 * this file, so the lines a test reads at build time are the ones a reader sees.
 */

/** The picker's sentences, each with {date} (and {how} for joining). */
export const FACT_KEYS = [
  'signed',
  'not-signed',
  'joined',
  'not-joined',
  'in-force',
  'notified',
  'effective',
  'suspension',
  'dot',
] as const;
export type FactWords = Record<(typeof FACT_KEYS)[number], string>;

/** One state's dates: signed, joined, how it joined, in force, withdrawal notified and effective, a "suspension" notice, drawn as a dot. */
export interface StateDates {
  signed: string | null;
  joined: string | null;
  how: string | null;
  inForce: string | null;
  notified: string | null;
  effective: string | null;
  suspension: string | null;
  dot: boolean;
}

const FIELDS = ['signed', 'joined', 'how', 'inForce', 'notified', 'effective', 'suspension'] as const;

/** "1997-12-04|2012-12-27|ratification|2013-06-01|2025-08-20|2026-02-20||" (a dot adds "|1"). */
export const packDates = (d: StateDates) => [...FIELDS.map((f) => d[f] ?? ''), d.dot ? '1' : ''].join('|').replace(/\|+$/, '');

export function unpackDates(packed: string): StateDates {
  const cells = packed.split('|');
  const at = (k: number) => cells[k] || null;
  return {
    signed: at(0),
    joined: at(1),
    how: at(2),
    inForce: at(3),
    notified: at(4),
    effective: at(5),
    suspension: at(6),
    dot: cells[7] === '1',
  };
}

/** The lines a reader reads, in order: signed, joined, in force, then a withdrawal or a "suspension", then the dot. */
export function factLines(d: StateDates, words: FactWords, date: (iso: string) => string): string[] {
  const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  const lines = [
    d.signed ? fill(words.signed, { date: date(d.signed) }) : words['not-signed'],
    d.joined ? fill(words.joined, { date: date(d.joined), how: d.how ?? '' }) : words['not-joined'],
  ];
  if (d.inForce) lines.push(fill(words['in-force'], { date: date(d.inForce) }));
  if (d.notified && d.effective)
    lines.push(fill(words.notified, { date: date(d.notified) }), fill(words.effective, { date: date(d.effective) }));
  if (d.suspension) lines.push(fill(words.suspension, { date: date(d.suspension) }));
  if (d.dot) lines.push(words.dot);
  return lines;
}

/** The long date the site writes ("20 February 2026"), read at UTC as src/format.ts does. */
export const longDateIn = (locale: string) => {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (iso: string) => f.format(new Date(`${iso}T00:00:00Z`));
};
