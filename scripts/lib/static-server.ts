/**
 * A small static file server for the built site. Used by `npm run serve`, the browser tests and the
 * benchmark, so all of them see what a static host configured from README's "Deploy" serves:
 * the headers in dist/_headers (CSP with frame-ancestors, cache rules) and gzip for text.
 * Binds to 127.0.0.1 on a free port unless told otherwise; `close()` stops it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.conf': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

type Rule = { pattern: string; headers: Record<string, string> };

/** Rules of a Netlify-style `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ pattern: line.trim(), headers: {} }); continue; }
    const at = line.indexOf(':');
    if (!rules.length || at < 0) throw new Error(`_headers: cannot read line "${line.trim()}"`);
    rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return rules;
}

/** Headers for a URL path: every matching rule's headers (`*` matches any rest of the path). */
export function headersFor(rules: Rule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const hit = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (hit) Object.assign(out, headers);
  }
  return out;
}

export interface StaticServer { url: string; server: Server; close(): Promise<void> }

const EMBED_PREFIX = '/embed/';

/**
 * The headers a response for `path` carries. A path no rule of its own covers (a 404, a folder
 * written after the headers file) gets the headers of `/`, so nothing outside /embed/ can be framed.
 */
function responseHeaders(rules: Rule[], path: string): Record<string, string> {
  const own = headersFor(rules, path);
  if (path.startsWith(EMBED_PREFIX) || 'Content-Security-Policy' in own) return own;
  return { ...headersFor(rules, '/'), ...own };
}

/** A single `bytes=` range of a body of `size` bytes; `undefined` to send it whole, `null` if unsatisfiable. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return undefined; // absent, malformed or several ranges: the whole body
  let start: number, end: number;
  if (m[1] === '') { start = Math.max(0, size - Number(m[2])); end = size - 1; }
  else { start = Number(m[1]); end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1); }
  return start > end || start >= size ? null : { start, end };
}

export async function serveStatic(root = 'dist', { host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const realBase = await realpath(base).catch(() => base);
  let rules: Rule[] = [];
  try { rules = parseHeadersFile(readFileSync(join(base, '_headers'), 'utf8')); } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // Keyed by modification time too, so a rebuild while `npm run serve` runs is served fresh.
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const server = createServer(async (req, res) => {
    let path = '/';
    const refuse = (status: number, extra: Record<string, string> = {}) =>
      res.writeHead(status, { ...responseHeaders(rules, '/'), 'content-type': 'text/plain; charset=utf-8', ...extra }).end(req.method === 'HEAD' ? undefined : `${status}\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') { refuse(405, { allow: 'GET, HEAD' }); return; }
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      refuse(400);
      return;
    }
    // A decoded `..` segment (`/embed/..%2fwhat-happened%2f`), a backslash or a NUL never names a
    // file of the site: refused, so no file is served under another path's headers.
    if (path.split('/').includes('..') || /[\\\0]/.test(path)) { refuse(400); return; }
    try {
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) { refuse(403); return; }
      let info = await stat(file);
      if (info.isDirectory()) { file = join(file, 'index.html'); info = await stat(file); }
      // A symbolic link inside the site must not lead out of it.
      const real = await realpath(file);
      if (!real.startsWith(realBase + sep)) { refuse(403); return; }
      let body: Buffer = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { ...responseHeaders(rules, path), 'content-type': type, vary: 'Accept-Encoding', 'accept-ranges': 'bytes' };
      const range = byteRange(req.headers.range, body.length);
      if (range === null) { res.writeHead(416, { ...headers, 'content-range': `bytes */${body.length}` }).end(); return; }
      let status = 200;
      if (range) {
        status = 206;
        headers['content-range'] = `bytes ${range.start}-${range.end}/${body.length}`;
        body = body.subarray(range.start, range.end + 1);
      } else if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const cached = gzipped.get(file);
        if (cached?.mtimeMs !== info.mtimeMs) gzipped.set(file, { mtimeMs: info.mtimeMs, body: gzipSync(body) });
        body = gzipped.get(file)!.body;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      // A host serves its 404 page with the headers of the path asked for (CSP included).
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { ...responseHeaders(rules, path), 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : notFound);
    }
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address() as { port: number };
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
