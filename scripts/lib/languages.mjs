// Which pages the slow gates (pa11y, the browser tests) visit: every page of the English
// site, and in each translation one page of each template (the same page file, the same
// components; only the words differ). The fast gates (html-validate, links and anchors,
// headers, sitemap) read every page of every language.

import { DEFAULT_LOCALE_CODE, LOCALES } from '../../src/i18n/languages.mjs';

/** The translations' folders (English is at the root). */
export const TRANSLATIONS = LOCALES.filter((l) => l !== DEFAULT_LOCALE_CODE);

const PREFIX = new RegExp(`^/(${TRANSLATIONS.join('|')})(?=/)`);

/** "/fr/about/" → "fr"; "/about/" → "en". */
export const languageOf = (path) => PREFIX.exec(path)?.[1] ?? 'en';

/** "/fr/sections/x/" → "/sections/x/": the same page in English. */
export const englishPathOf = (path) => path.replace(PREFIX, '');

/** The page file an English site path comes from: "/sections/the-treaty/" → "/sections/*\/". */
export function templateOf(path) {
  return path
    .replace(/^\/404(\.html|\/)$/, '/404/')
    .replace(/^\/sections\/[^/]+\/$/, '/sections/*/')
    .replace(/^\/sections\/[^/]+\/tables\/$/, '/sections/*/tables/')
    .replace(/^\/teach\/[^/]+\/worksheet\/$/, '/teach/*/worksheet/')
    .replace(/^\/teach\/(?!\*)[^/]+\/$/, '/teach/*/')
    .replace(/^\/embed\/[^/]+\/panel-\d+\/$/, '/embed/*/panel-*/')
    .replace(/^\/embed\/(?!\*)[^/]+\/$/, '/embed/*/');
}

/** Every English page, and the first page (in sorted order) of each template in each translation. */
export function slowGatePages(paths) {
  const seen = new Set();
  return [...paths].sort().filter((path) => {
    const lang = languageOf(path);
    if (lang === 'en') return true;
    const key = `${lang} ${templateOf(englishPathOf(path))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
