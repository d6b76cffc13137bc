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
 * @param {{ port?: number, base?: string }} [options]
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer(dir, { port = 0, base = '/' } = {}) {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`static server: ${root} does not exist (build the site first)`);
  const prefix = normaliseBase(base);
  // dev: look files up on each request, so a rebuild in place is served as is.
  const serve = sirv(root, { dev: true, etag: true, dotfiles: false, extensions: ['html'] });
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
