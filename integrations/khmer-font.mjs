// The Khmer pages' font: Noto Sans Khmer (SIL OFL 1.1, @fontsource-variable/noto-sans-khmer),
// subset at build time to the Khmer characters the site's text uses and to the weights
// the site sets (400 to 700), as one variable woff2 the site serves itself. CSS names them as `@khmer-font/<file>` (src/styles/khmer.css);
// Vite then emits them as hashed assets under the base, like any other asset.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'node_modules/.cache/khmer-font');
export const FILE = 'noto-sans-khmer.woff2';
/** Body text and bold headings: one variable file carries both and every weight between. */
export const WEIGHTS = { min: 400, max: 700 };

/** Khmer and Khmer Symbols, the blocks the @font-face's unicode-range names. */
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/gu;

/**
 * Always in the font, whatever the text: the digits, the sentence and section marks,
 * the riel sign, the joiners and zero-width space line breaking may insert, and the
 * dotted circle a shaper draws under a mark typed alone.
 */
export const FIXED = '០១២៣៤៥៦៧៨៩។៕៖ៗ៛\u200B\u200C\u200D\u25CC';

/** Where Khmer text lives: the translators' strings and pages, and anything else in content/ or src/. */
const SOURCES = ['content', 'src'];
const TEXT = /\.(ya?ml|mdx?|json|ts|astro|mjs|csv|tsv)$/;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (TEXT.test(name)) out.push(full);
  }
  return out;
}

/** Every Khmer character of the site's text plus FIXED, sorted, once each. */
export function khmerCharacters(dirs = SOURCES.map((d) => join(root, d))) {
  const chars = new Set(FIXED);
  for (const file of dirs.flatMap((d) => walk(d))) for (const ch of readFileSync(file, 'utf8').match(KHMER) ?? []) chars.add(ch);
  return [...chars].sort().join('');
}

const SOURCE = join(root, 'node_modules/@fontsource-variable/noto-sans-khmer/files/noto-sans-khmer-khmer-wght-normal.woff2');

/** The subset woff2 for `text`. */
export const subset = (text) => subsetFont(readFileSync(SOURCE), text, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } });

/**
 * Writes the subset unless the one already there was made from the same text, weights and
 * source font: subsetting and woff2 compression cost seconds, and a build asks for the
 * font in each of its Vite passes.
 */
async function make() {
  const text = khmerCharacters();
  const key = JSON.stringify({ text, weights: WEIGHTS, source: createHash('sha256').update(readFileSync(SOURCE)).digest('hex') });
  const keyFile = join(OUT, `${FILE}.key`);
  if (existsSync(keyFile) && existsSync(join(OUT, FILE)) && readFileSync(keyFile, 'utf8') === key) return;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, FILE), await subset(text));
  writeFileSync(keyFile, key);
}

/** @returns {import('vite').Plugin} */
export default function khmerFont() {
  let made;
  return {
    name: 'khmer-font',
    async config() {
      await (made ??= make());
      return {
        resolve: { alias: { '@khmer-font': OUT } },
        // CSP allows fonts from 'self' only: never inline a font as a data: URL, however small.
        // The switcher's drawn "ខ្មែរ" (src/assets/khmer-autonym.svg) is a file of its own too,
        // cached once for every page rather than repeated in each page's CSS.
        build: { assetsInlineLimit: (file) => (/\.woff2$|khmer-autonym\.svg$/.test(file) ? false : undefined) },
      };
    },
  };
}
