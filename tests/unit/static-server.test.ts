/** The local static server: fresh files after a rebuild, and the 404 page with the path's headers. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
let site: StaticServer;
beforeAll(async () => {
  writeFileSync(join(root, '_headers'), '/*\n  Content-Security-Policy: default-src \'self\'\n');
  writeFileSync(join(root, 'index.html'), '<p>first build</p>');
  writeFileSync(join(root, '404.html'), '<p>not here</p>');
  site = await serveStatic(root);
});
afterAll(async () => { await site?.close(); rmSync(root, { recursive: true, force: true }); });

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
  expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
  expect(await res.text()).toBe('<p>not here</p>');
});
