/**
 * The classroom kits: figures written as
 * {fact-id} in the teaching copy, and the glossary terms a section uses.
 */
import { fact, formatFact } from '../facts';
import { DEFAULT_LANG, useTranslations, type Lang } from '../i18n';

/**
 * Teaching copy with its figures filled in: "{global-peak}" becomes the figure
 * src/facts.ts computes, with its hedge ("about", "more than"), as <Fact> shows it.
 */
export function withFacts(text: string, lang: Lang = DEFAULT_LANG): string {
  const t = useTranslations(lang);
  return text.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => {
    const f = fact(id);
    const hedge =
      f.unit !== 'date' && f.qualifier === 'approx'
        ? t('fact.about')
        : f.unit !== 'date' && f.qualifier === 'more-than'
          ? t('fact.more-than')
          : '';
    return `${hedge}${formatFact(f, { t })}`;
  });
}

/** Glossary ids a section's MDX marks with <Term id="…">, in order of first use. */
export function termIds(body: string): string[] {
  return [...new Set([...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]))];
}
