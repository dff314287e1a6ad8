/** Every page's CSP <meta> allows each inline script and style the page holds, and nothing else inline. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineHashes } from '../../src/lib/site/cspOwnHashes.ts';
import { DIST, browserPaths } from '../helpers/html.ts';

test('each page’s policy lists the hashes of its own inline scripts and styles, and only those', () => {
  const paths = browserPaths();
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const html = readFileSync(join(DIST, path.replace(/\/$/, '/index.html').replace(/^\//, '')), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    if (!policy) continue;
    const listed = new Set(policy.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? []);
    const own = inlineHashes(html);
    expect([...own].filter((h) => !listed.has(h)), `${path}: inline code the policy blocks`).toEqual([]);
    expect([...listed].filter((h) => !own.has(h)), `${path}: hashes of code the page does not hold`).toEqual([]);
  }
});
