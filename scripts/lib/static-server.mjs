// A tiny static server for tests and the bench, built on sirv.
// Why not sirv-cli: it silently moves to another port when the one asked for is
// taken, and it knows nothing of a sub-path base. This one listens on 127.0.0.1,
// reports the port it really got (0 = any free port), serves the site under `base`
// (so a BASE_PATH=/mine-ban/ build lives at /mine-ban/ as on a real host),
// redirects /dir to /dir/ like GitHub Pages and Netlify do, and answers misses
// with the site's own 404.html and status 404.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/**
 * @param {string} dir directory to serve (a built site)
 * @param {{ port?: number, base?: string, host?: boolean }} [options]
 *   host: serve as the hosts the README names do (the bench needs it: Lighthouse
 *   simulates a slow network from the bytes actually transferred, and reads the cache
 *   headers): the build's precompressed .br or .gz file when the browser accepts it,
 *   and the Cache-Control the build's _headers file gives each path.
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer(dir, { port = 0, base = '/', host = false } = {}) {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`static server: ${root} does not exist (build the site first)`);
  const prefix = normaliseBase(base);
  // dev: look files up on each request, so a rebuild in place is served as is.
  const cacheControl = host ? cacheRules(root) : null;
  const serve = sirv(root, {
    dev: true,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    brotli: host,
    gzip: host,
    // sirv's own header (no-cache, in dev mode) gives way to one set here.
    setHeaders: cacheControl ? (res, pathname) => res.setHeader('cache-control', cacheControl(prefix + pathname.slice(1))) : undefined,
  });
  const notFound = join(root, '404.html');

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      if (url.pathname === prefix.slice(0, -1)) return redirect(res, prefix + url.search);
      return send404(res);
    }
    const path = '/' + url.pathname.slice(prefix.length);
    // /about → /about/ when about/index.html exists (trailingSlash: 'always').
    if (!path.endsWith('/') && isDir(join(root, safe(path)))) {
      return redirect(res, prefix + path.slice(1) + '/' + url.search);
    }
    req.url = path + url.search;
    serve(req, res, () => send404(res));
  });

  function send404(res) {
    res.statusCode = 404;
    if (existsSync(notFound)) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(readFileSync(notFound));
    } else {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('404 Not Found');
    }
  }

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  if (port && actual !== port) throw new Error(`static server: asked for port ${port}, got ${actual}`);
  const origin = `http://127.0.0.1:${actual}`;
  return {
    url: origin + prefix,
    origin,
    port: actual,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/** "/mine-ban" or "mine-ban/" → "/mine-ban/"; "" → "/". */
export function normaliseBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The Cache-Control of a URL path as _headers (integrations/host-headers.mjs) sets it,
 * read the way Cloudflare Pages reads the file: every rule whose path matches applies,
 * in order ("*" matches anything, slashes included); "! Name" removes a header an
 * earlier rule set. Without the file: sirv's revalidate-every-time default.
 */
function cacheRules(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return () => 'no-cache';
  const rules = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    if (!lines.length) continue;
    const [path, ...headers] = lines;
    const pattern = new RegExp(
      `^${path
        .trim()
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    const cache = headers.map((h) => h.trim()).filter((h) => /^!?\s*cache-control\b/i.test(h));
    if (cache.length) rules.push({ pattern, cache });
  }
  return (path) => {
    let value = null;
    for (const rule of rules.filter((r) => r.pattern.test(path))) {
      for (const h of rule.cache) {
        if (h.startsWith('!')) value = null;
        else value = value ? `${value}, ${h.replace(/^[^:]*:\s*/, '')}` : h.replace(/^[^:]*:\s*/, '');
      }
    }
    return value ?? 'no-cache';
  };
}

function redirect(res, location) {
  res.statusCode = 301;
  res.setHeader('location', location);
  res.end();
}

function safe(path) {
  try {
    return decodeURIComponent(path).replace(/\.\.+/g, '.');
  } catch {
    return path;
  }
}

function isDir(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
