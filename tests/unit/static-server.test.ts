/**
 * The local static server: fresh files after a rebuild, the 404 page with the path's headers, only
 * files inside the site (no sibling folder, no decoded `..`), framing headers on every non-embed
 * path, byte ranges, and GET and HEAD only.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

// The site is <parent>/dist; <parent>/dist-private is a sibling that must never be served.
const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
const root = join(parent, 'dist');
const PAGE_CSP = "default-src 'self'; frame-ancestors 'none'";
const EMBED_CSP = "default-src 'self'; frame-ancestors *";
let site: StaticServer;
beforeAll(async () => {
  mkdirSync(join(root, 'embed', 'chart'), { recursive: true });
  mkdirSync(join(root, 'what-happened'), { recursive: true });
  mkdirSync(join(root, 'pdf'), { recursive: true });
  mkdirSync(join(parent, 'dist-private'), { recursive: true });
  // The shape the build writes: `/` and each top-level folder deny framing; /embed/* allows it.
  writeFileSync(join(root, '_headers'), [
    '/*', '  X-Content-Type-Options: nosniff',
    '/', `  Content-Security-Policy: ${PAGE_CSP}`, '  X-Frame-Options: DENY',
    '/what-happened/*', `  Content-Security-Policy: ${PAGE_CSP}`, '  X-Frame-Options: DENY',
    '/embed/*', `  Content-Security-Policy: ${EMBED_CSP}`, '',
  ].join('\n'));
  writeFileSync(join(root, 'index.html'), '<p>first build</p>');
  writeFileSync(join(root, '404.html'), '<p>not here</p>');
  writeFileSync(join(root, 'what-happened', 'index.html'), '<p>article</p>');
  writeFileSync(join(root, 'embed', 'chart', 'index.html'), '<p>embed</p>');
  writeFileSync(join(root, 'pdf', 'briefing.pdf'), '0123456789');
  writeFileSync(join(parent, 'dist-private', 'secret.txt'), 'secret');
  symlinkSync(join(parent, 'dist-private', 'secret.txt'), join(root, 'linked.txt'));
  site = await serveStatic(root);
});
afterAll(async () => { await site?.close(); rmSync(parent, { recursive: true, force: true }); });

/** A raw request (fetch would normalise `..` in the path before sending it). */
function raw(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(site.url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c) => { body += c; });
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const get = (path: string) => fetch(site.url + path, { headers: { 'accept-encoding': 'gzip' } });

test('a file rewritten while the server runs is served as rewritten, gzip included', async () => {
  const first = await get('/');
  expect(first.headers.get('content-encoding')).toBe('gzip');
  expect(await first.text()).toBe('<p>first build</p>');
  writeFileSync(join(root, 'index.html'), '<p>second build</p>');
  utimesSync(join(root, 'index.html'), new Date(), new Date(Date.now() + 5000));
  expect(await (await get('/')).text()).toBe('<p>second build</p>');
});

test('an unknown path gets status 404, the 404 page and the headers its path would have', async () => {
  const res = await get('/no/such/page/');
  expect(res.status).toBe(404);
  expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
  expect(await res.text()).toBe('<p>not here</p>');
});

test.each([
  ['/..%2fdist-private%2fsecret.txt'],
  ['/../dist-private/secret.txt'],
  ['/%2e%2e/dist-private/secret.txt'],
  ['/embed/..%2f..%2fdist-private%2fsecret.txt'],
  ['/linked.txt'],
])('%s does not read a sibling folder', async (path) => {
  const res = await raw(path);
  expect([400, 403, 404]).toContain(res.status);
  expect(res.body).not.toContain('secret');
});

test('/embed/..%2fwhat-happened%2f does not serve an article with the embed headers', async () => {
  const res = await raw('/embed/..%2fwhat-happened%2f');
  expect(res.body).not.toContain('article');
  expect(res.headers['content-security-policy']).not.toBe(EMBED_CSP);
});

test.each([
  ['/pdf/briefing.pdf', 200],
  ['/oembed/casualty-claims.json', 404],
  ['/no/such/page/', 404],
])('%s (no rule of its own) carries the framing headers of the site', async (path, status) => {
  const res = await raw(path);
  expect(res.status).toBe(status);
  expect(res.headers['content-security-policy']).toBe(PAGE_CSP);
  expect(res.headers['x-frame-options']).toBe('DENY');
});

test('an embed can be framed, an article cannot', async () => {
  expect((await raw('/embed/chart/')).headers['content-security-policy']).toBe(EMBED_CSP);
  expect((await raw('/embed/chart/')).headers['x-frame-options']).toBeUndefined();
  expect((await raw('/what-happened/')).headers['x-frame-options']).toBe('DENY');
});

test('byte ranges are served as 206 with Content-Range, and an impossible range as 416', async () => {
  const part = await raw('/pdf/briefing.pdf', 'GET', { range: 'bytes=2-5' });
  expect(part.status).toBe(206);
  expect(part.headers['content-range']).toBe('bytes 2-5/10');
  expect(part.body).toBe('2345');
  const tail = await raw('/pdf/briefing.pdf', 'GET', { range: 'bytes=-3' });
  expect(tail.body).toBe('789');
  const open = await raw('/pdf/briefing.pdf', 'GET', { range: 'bytes=8-' });
  expect(open.body).toBe('89');
  const impossible = await raw('/pdf/briefing.pdf', 'GET', { range: 'bytes=20-30' });
  expect(impossible.status).toBe(416);
  expect(impossible.headers['content-range']).toBe('bytes */10');
  expect((await raw('/pdf/briefing.pdf')).headers['accept-ranges']).toBe('bytes');
});

test('only GET and HEAD: other methods get 405 with Allow', async () => {
  const head = await raw('/', 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body).toBe('');
  expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
    const res = await raw('/', method);
    expect(res.status, method).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  }
});
