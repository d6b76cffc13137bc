/**
 * The classroom kits: figures written as
 * {fact-id} in the teaching copy, and the glossary terms a section uses.
 */
import { fact, formatFact } from '../facts';
import { DEFAULT_LANG, useTranslations, type Lang } from '../i18n';
import { afterValue } from '../format';

/**
 * Teaching copy with its figures filled in: "{global-peak}" becomes the figure
 * src/facts.ts computes, with its hedge ("about", "more than"), as <Fact> shows it.
 */
export function withFacts(text: string, lang: Lang = DEFAULT_LANG): string {
  const t = useTranslations(lang);
  const shown = (id: string) => {
    const f = fact(id);
    const hedge =
      f.unit !== 'date' && f.qualifier === 'approx'
        ? t('fact.about')
        : f.unit !== 'date' && f.qualifier === 'more-than'
          ? t('fact.more-than')
          : '';
    return `${hedge}${formatFact(f, { t })}`;
  };
  // Odd parts are fact ids; the text after a date loses the full stop the date may end with (Ukrainian "р.").
  const parts = text.split(/\{([a-z0-9-]+)\}/);
  return parts.map((part, k) => (k % 2 ? shown(part) : k > 0 ? afterValue(shown(parts[k - 1]), part) : part)).join('');
}

/** Glossary ids a section's MDX marks with <Term id="…">, in order of first use. */
export function termIds(body: string): string[] {
  return [...new Set([...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]))];
}
