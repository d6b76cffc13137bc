/**
 * Shared helpers for the browser tests: the built site to test, a static server
 * for it, Debian Chromium through playwright-core, and the list of pages.
 * scripts/test.mjs sets DIST_DIR (and CHROME_PATH); run alone, it falls back to .test-dist/ (where npm test builds).
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// Shared with scripts/test.mjs and scripts/bench.mjs (types in static-server.d.mts).
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { englishPathOf, slowGatePages } from '../../scripts/lib/languages.mjs';

export const distDir: string = resolve(process.env.DIST_DIR || '.test-dist');

export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

export interface Server {
  /** Where the site root is served, with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serve a static dir on 127.0.0.1: /dir/ serves dir/index.html, /dir redirects to /dir/,
 * misses get 404.html with status 404. `base` mounts the site under a sub-path.
 */
export async function startServer(dir: string = distDir, options: { port?: number; base?: string } = {}): Promise<Server> {
  const server = await startStaticServer(dir, options);
  return { url: server.url, close: server.close };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROME_FLAGS,
    headless: true,
  });
}

/**
 * The pages the browser tests visit: every English page, and one page of each template
 * in each translation (scripts/lib/languages.mjs; README "Which gates run where").
 */
export function allPages(dir: string = distDir): string[] {
  return slowGatePages(everyPage(dir));
}

/**
 * Site paths of every .html file in dir, sorted: "/" for index.html, "/about/" for
 * about/index.html, "/404.html" for 404.html. Relative to the site root (no base).
 */
export function everyPage(dir: string = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        pages.push('/' + rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** /embed/<chart>/ pages (bare, for iframes) in any language; /embed/ itself is a normal page. */
export const isEmbed = (path: string): boolean => /^\/embed\/[^/]+\//.test(englishPathOf(path));
export const is404 = (path: string): boolean => ['/404.html', '/404/'].includes(englishPathOf(path));

/** Site pages a reader navigates: everything but embeds and the 404 page. */
export function textPages(dir: string = distDir): string[] {
  return allPages(dir).filter((p) => !isEmbed(p) && !is404(p));
}

/** Absolute URL of a site path ("/about/") on a server. */
export function pageUrl(server: Server, path: string): string {
  return new URL(path.replace(/^\//, ''), server.url).href;
}

/**
 * For a test file: serves distDir and launches Chromium before its tests, closes both
 * after them. Read `site.server` and `site.browser` inside tests (they are set by then).
 */
export function openSite(): { server: Server; browser: Browser } {
  const site = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    site.server = await startServer(distDir);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
