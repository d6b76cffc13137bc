// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { cspDirectives } from './src/lib/csp.mjs';
import hostHeaders from './integrations/host-headers.mjs';
import dataBytes from './integrations/data-bytes.mjs';
import siteEnv, { basePath, siteUrl } from './integrations/site-env.mjs';
import precompress from './integrations/precompress.mjs';
import khmerFont from './integrations/khmer-font.mjs';
import { DEFAULT_LOCALE_CODE, LOCALES } from './src/i18n/languages.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { hastSentenceEnds, hastTypeset } from './src/i18n/typeset.mjs';

// BASE_PATH serves the site under a sub-path (GitHub Pages: /<repo>/); SITE_URL is
// the public origin used for canonical links, the sitemap, embed snippets and oEmbed.
const base = basePath();
const site = siteUrl();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || 'dist',
  build: { format: 'directory' },
  // English at the root, the translations under /fr/ /es/ /uk/ /km/ (src/i18n/routes.ts).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE_CODE, routing: { prefixDefaultLocale: false } },
  integrations: [
    // French spacing in the French sections' text; one full stop after a date that ends in one (src/i18n/typeset.mjs).
    mdx({ processor: satteri({ hastPlugins: [hastTypeset, hastSentenceEnds] }) }),
    // Embed pages are for iframes, not search results; they carry noindex too.
    sitemap({
      // A translation's not-found page (/fr/404/) is not a page to land on either.
      filter: (page) => !/\/embed\/[^/]+\/(panel-\d+\/)?$/.test(page) && !/\/404\/$/.test(page),
      // Each page lists its translations (xhtml:link hreflang), one sitemap for all languages.
      i18n: { defaultLocale: DEFAULT_LOCALE_CODE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
    }),
    hostHeaders(),
    precompress(),
    siteEnv(),
  ],
  vite: { plugins: [tailwindcss(), dataBytes(), khmerFont()] },
  devToolbar: { enabled: false },
  // Shiki writes style="" attributes, which the CSP forbids; the site shows no code blocks.
  markdown: { syntaxHighlight: false },
  security: { csp: { directives: cspDirectives } },
});
