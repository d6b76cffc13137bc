/**
 * A reader in Kyiv or Dakar sees every value label the English reader sees: the
 * global chart labels its latest, peak and lowest years and every run of years
 * with no data in every language at every layout (a translation whose words run
 * longer gets another arrangement, stacked words or a taller drawing, never a
 * missing label), and the Cambodia inset keeps its last and lowest values.
 */
import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../../src/charts';
import { LAYOUTS } from '../../../src/charts/kit/layout';
import { extremes, GLOBAL_LATEST_YEAR, globalSeries } from '../../../src/data/derive';
import { LANGUAGES, useTranslations, type Lang } from '../../../src/i18n';

/** Drawing a chart in a new language lays out every label again: a minute in Khmer on a busy machine (fontkit). */
const SLOW = 180_000;

/** Each <text> of an SVG as a reader sees it, its lines joined, without spaces (Khmer wraps between words with none). */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ''));
const squeeze = (s: string) => s.replace(/\s+/g, '');

const documented = globalSeries.filter((y) => y.casualties !== null) as { year: number; casualties: number }[];
const { peak, low } = extremes(documented, (y) => y.casualties);
const latest = documented.find((y) => y.year === GLOBAL_LATEST_YEAR)!;
/** Runs of consecutive years without a total: one "no data" label each. */
const gapRuns = globalSeries.filter((y, k) => y.casualties === null && globalSeries[k - 1]?.casualties !== null).length;

describe.each(Object.keys(LANGUAGES) as Lang[])('every label of the charts in %s', (lang) => {
  const t = useTranslations(lang);
  const { num } = t.format;
  // The year and its figure joined by the language's own colon (French "2024 : 6 279", Khmer "2024៖ 6,279").
  const value = (d: { year: number; casualties: number }) => squeeze(`${d.year}${t('l10n.colon')} ${num(d.casualties)}`);

  it.each(LAYOUTS.map((l) => l.name))(
    'global casualties at layout %s: latest, peak, low and every gap',
    (layout) => {
      const shown = texts(chartSpec('global-casualties', lang).svg(layout));
      expect(gapRuns).toBeGreaterThan(0);
      expect(shown).toContain(value(latest) + squeeze(t('charts.global-casualties.latest')));
      expect(shown).toContain(value(peak));
      expect(shown).toContain(value(low));
      const noData = [t('no-data'), t('no-data-short')].map(squeeze);
      expect(shown.filter((s) => noData.some((words) => s.startsWith(words))).length).toBe(gapRuns);
    },
    SLOW,
  );

  it.each(LAYOUTS.map((l) => l.name))(
    'Cambodia at layout %s: as many value labels as in English',
    (layout) => {
      const values = (l: Lang) =>
        (
          chartSpec('cambodia-casualties', l)
            .svg(layout)
            .match(/class="tx val"/g) ?? []
        ).length;
      expect(values(lang)).toBe(values('en'));
    },
    SLOW,
  );
});
