// Writes dist/_headers (Cloudflare Pages, Netlify) after the build. Each page gets the
// exact policy Astro put in its <meta> tag (with that page's hashes) plus frame-ancestors,
// which only works as a header: 'self' for the site, * for /embed/<chart>/ pages; any
// other path (a page that does not exist) gets the 404 page's policy.
// Cloudflare Pages reads at most 100 rules and 2,000 characters a line:
// tests/site/headers.test.ts holds the file to both.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SECURITY = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
];
const HTML_CACHE = 'Cache-Control: public, max-age=300, must-revalidate';

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

export function metaPolicy(html) {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
  return match
    ? match[1]
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/\s+/g, ' ')
        .trim()
    : null;
}

/** The CSP hash of each inline <script> and <style> in a page, as the policy names them (data blocks such as JSON-LD are not code: CSP does not apply to them). */
export function inlineHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (m[1] === 'script' && /\bsrc=|\btype="(?!module"|text\/javascript")/.test(m[2])) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[3]).digest('base64')}'`);
  }
  return hashes;
}

/**
 * Astro's <meta> policy lists the hashes of every inline script and style in the whole
 * build; the header keeps only those the page itself carries, so a line stays within
 * Cloudflare's 2,000 characters. A page whose inline code is missing from its meta list
 * keeps the full list (the meta policy, which browsers enforce too, then decides).
 */
export function ownHashes(policy, html) {
  const used = inlineHashes(html);
  const listed = new Set(policy.match(/'sha256-[^']+'/g) ?? []);
  if ([...used].some((h) => !listed.has(h))) return policy;
  return policy.replace(/ '(sha256-[^']+)'/g, (all, hash) => (used.has(`'${hash}'`) ? all : ''));
}

/** The page with its CSP <meta> listing only the hashes of its own inline code. */
export function ownMetaPolicy(html) {
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]+)(")/, (all, open, content, close) => {
    const used = inlineHashes(html);
    const listed = new Set(content.match(/'sha256-[^']+'/g) ?? []);
    if ([...used].some((h) => !listed.has(h))) return all;
    return open + content.replace(/ '(sha256-[^']+)'/g, (hash, value) => (used.has(`'${value}'`) ? hash : '')) + close;
  });
}

/** One policy allowing what each of `policies` allows: every directive's sources, joined in first-seen order. */
export function mergePolicies(policies) {
  const directives = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      if (!directives.has(name)) directives.set(name, new Set());
      for (const source of sources) directives.get(name).add(source);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export default function hostHeaders() {
  let base = '/';
  /** The translations' folders (astro.config i18n): fr/, es/ … */
  let translated = [];
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const i18n = config.i18n;
        translated = i18n ? i18n.locales.map((l) => (typeof l === 'string' ? l : l.path)).filter((l) => l !== i18n.defaultLocale) : [];
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = await files(root);
        // Every page's <meta> policy first loses the hashes of other pages' code: about
        // 1.2 KB gzip of incompressible hashes per page (runs before precompress).
        let trimmed = 0;
        for (const rel of all.filter((f) => f.endsWith('.html'))) {
          const html = await readFile(join(root, rel), 'utf8');
          const own = ownMetaPolicy(html);
          if (own !== html) {
            await writeFile(join(root, rel), own);
            trimmed += html.length - own.length;
          }
        }
        logger.info(`CSP <meta> tags keep their own page's hashes (${(trimmed / 1024).toFixed(0)} KB less HTML)`);
        const inTranslation = (rel) => translated.some((l) => rel.startsWith(`${l}/`));
        const policyOf = async (rel) => {
          const html = await readFile(join(root, rel), 'utf8');
          const meta = metaPolicy(html);
          if (!meta) throw new Error(`host-headers: ${rel} has no CSP <meta>`);
          const policy = ownHashes(meta, html);
          const ancestors = /^embed\/[^/]+\/(panel-\d+\/)?index\.html$/.test(rel) ? '*' : "'self'";
          return `Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; frame-ancestors ${ancestors}`;
        };
        // Hosts apply every rule that matches and join repeated headers with commas, so the
        // catch-all comes first and carries the 404 page's policy (a missing page gets the
        // same protection as the others); each later rule detaches it ("! name", Cloudflare
        // Pages syntax) before setting its own, so a specific rule wins.
        const detach = '! Content-Security-Policy';
        const blocks = [
          ['/*', ...SECURITY, all.includes('404.html') ? await policyOf('404.html') : null].filter(Boolean),
          [`${base}_astro/*`, detach, 'Cache-Control: public, max-age=31536000, immutable'],
          [`${base}embed.js`, detach, 'Cache-Control: public, max-age=3600', 'Access-Control-Allow-Origin: *'],
          [`${base}embed/*/oembed.json`, detach, 'Cache-Control: public, max-age=3600', 'Access-Control-Allow-Origin: *'],
          [`${base}embed/*/panel-*/oembed.json`, detach, 'Cache-Control: public, max-age=3600', 'Access-Control-Allow-Origin: *'],
        ];
        // Downloads (datasets, chart CSV/SVG/PNG/TXT): reusable anywhere, revalidated hourly.
        // A folder holding only downloads is one rule (Cloudflare allows 100); files beside
        // the /data/ page get a rule each, since "*" also matches across folders and pages.
        const downloads = new Set(
          all
            .filter((f) => /^(data|charts)\//.test(f) && !f.endsWith('.html'))
            .map((f) => (f.startsWith('data/files/') ? 'data/files/*' : f.startsWith('charts/') ? 'charts/*' : f)),
        );
        for (const pattern of [...downloads].sort()) {
          blocks.push([base + pattern, detach, 'Cache-Control: public, max-age=3600', 'Access-Control-Allow-Origin: *']);
        }
        for (const rel of all.filter((f) => f.endsWith('.html') && f !== '404.html' && !inTranslation(f))) {
          const path = base + rel.replace(/(^|\/)index\.html$/, '$1');
          blocks.push([path, detach, await policyOf(rel), HTML_CACHE]);
        }
        // A rule per page and language would pass Cloudflare's 100: each translation gets one
        // rule for its pages, one for its sections and one for its embeds, whose policy allows the inline code of
        // that language's pages (the site's own, hashed; never 'unsafe-inline'), then its downloads.
        const isEmbedPage = (rel) => /^[^/]+\/embed\/[^/]+\/(panel-\d+\/)?index\.html$/.test(rel);
        for (const lang of translated) {
          const pages = all.filter((f) => f.startsWith(`${lang}/`) && f.endsWith('.html'));
          if (!pages.length) continue;
          const group = async (rels, ancestors) => {
            const policies = [];
            for (const rel of rels) {
              const html = await readFile(join(root, rel), 'utf8');
              policies.push(ownHashes(metaPolicy(html), html));
            }
            return `Content-Security-Policy: ${mergePolicies(policies)}; frame-ancestors ${ancestors}`;
          };
          // The section pages (and their tables pages) get a rule of their own: each carries
          // the CSS of its own charts inline, so together with the rest of the language's
          // pages their hashes would pass Cloudflare's 2,000 characters a line.
          const isSectionPage = (rel) => rel.startsWith(`${lang}/sections/`);
          const pagePolicy = await group(
            pages.filter((f) => !isEmbedPage(f) && !isSectionPage(f)),
            "'self'",
          );
          const dir = `${base}${lang}/`;
          blocks.push([`${dir}*`, detach, pagePolicy, HTML_CACHE]);
          // The folder rule already set the cache line: these only swap the policy.
          blocks.push([`${dir}sections/*`, detach, await group(pages.filter(isSectionPage), "'self'")]);
          blocks.push([`${dir}embed/*`, detach, await group(pages.filter(isEmbedPage), '*')]);
          blocks.push([`${dir}embed/`, detach, pagePolicy]);
          const download = ['! Cache-Control', 'Cache-Control: public, max-age=3600', 'Access-Control-Allow-Origin: *'];
          for (const pattern of ['embed/*/oembed.json', 'charts/*', 'data/*.csv', 'data/*.txt']) {
            blocks.push([`${dir}${pattern}`, detach, ...download]);
          }
        }
        const text = blocks.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n\n');
        await writeFile(join(root, '_headers'), `# Generated by integrations/host-headers.mjs: do not edit.\n${text}\n`);
        logger.info(`wrote _headers for ${blocks.length} paths`);
      },
    },
  };
}
