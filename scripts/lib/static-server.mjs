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
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/**
 * @param {string} dir directory to serve (a built site)
 * @param {{ port?: number, base?: string, gzip?: boolean }} [options]
 *   gzip: compress responses as every real static host does (the bench needs it:
 *   Lighthouse simulates a slow network from the bytes actually transferred).
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer(dir, { port = 0, base = '/', gzip = false } = {}) {
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
    if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && req.method === 'GET') gzipped(res);
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

/** Buffers what sirv writes and sends it gzip-compressed instead. */
function gzipped(res) {
  const chunks = [];
  let status = 200;
  let headers = {};
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  res.writeHead = (code, h) => {
    status = code;
    if (h && typeof h === 'object') headers = { ...headers, ...h };
    return res;
  };
  res.write = (chunk, encoding, done) => {
    chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : undefined));
    (typeof encoding === 'function' ? encoding : done)?.();
    return true;
  };
  res.end = (chunk, encoding, done) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : undefined));
    const raw = Buffer.concat(chunks);
    const plain = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-length'));
    res.removeHeader('content-length');
    if (status !== 200 || raw.length === 0) {
      writeHead(status, plain);
      return end(raw, done);
    }
    const body = gzipSync(raw);
    writeHead(status, { ...plain, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': body.length });
    return end(body, typeof chunk === 'function' ? chunk : done);
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
