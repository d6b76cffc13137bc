// SITE_URL and BASE_PATH, checked before the build: a value without a scheme would
// otherwise end up, wrong, in every canonical link, the sitemap and the embed code.

/** The public origin, e.g. https://example.org; defaults to the local preview server. */
export function siteUrl(value = process.env.SITE_URL) {
  if (value === undefined || value === '') return 'http://localhost:4321';
  let url;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
    throw new Error(`SITE_URL="${value}" is not an http(s) URL with a host: write it with its scheme, e.g. SITE_URL=https://example.org`);
  }
  return value;
}

/** The sub-path the site is served under, e.g. /mine-ban/; defaults to /. */
export function basePath(value = process.env.BASE_PATH) {
  if (value === undefined || value === '') return '/';
  if (!/^\/([A-Za-z0-9._~-]+\/?)*$/.test(value)) {
    throw new Error(`BASE_PATH="${value}" is not a URL path: start it with a slash, e.g. BASE_PATH=/mine-ban/`);
  }
  return value;
}

/**
 * A build without SITE_URL works, but every absolute URL in it names the local
 * preview server: say so loudly, since a host that forgets the variable would
 * otherwise ship embed codes pointing at localhost.
 * @returns {import('astro').AstroIntegration}
 */
export default function siteEnv() {
  return {
    name: 'site-env',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.SITE_URL) return;
        logger.warn(
          'SITE_URL is not set: this build names http://localhost:4321 in every absolute URL, the no-JavaScript embed ' +
            'snippets and oEmbed files, canonical and og: links, the sitemap, copy-link texts and "Printed from" lines. ' +
            'Set SITE_URL to the public origin (e.g. SITE_URL=https://example.org) before deploying.',
        );
      },
    },
  };
}
