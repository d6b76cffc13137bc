/**
 * Site-relative URLs that respect the configured base (`BASE_PATH`), so the same
 * build works at / and under a sub-path such as /mine-ban/.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('sections/the-treaty/')` → `/mine-ban/sections/the-treaty/` under a sub-path. */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** Absolute URL on the public site (for canonical links, embed snippets, oEmbed). */
export function absolute(path = ''): string {
  return new URL(href(path), import.meta.env.SITE).href;
}
