/** Each page's CSP <meta> keeps the hashes of its own inline scripts and styles, and only those. */
import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { cspFirst } from '../../src/lib/site/cspFirst.ts';
import { inlineHashes, ownHashes } from '../../src/lib/site/cspOwnHashes.ts';

const cspOwnHashes = (html: string) => cspFirst(html, ownHashes(html));

const h = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const meta = (hashes: string[]) => `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes.join(' ')}; style-src 'self' ${h('b{}')}">`;

test('keeps the hashes of the inline scripts and styles on the page, drops the others', () => {
  const page = `<head><meta charset="utf-8">${meta([h('x()'), h('y()'), h('z()')])}<script>x()</script><style>a{}</style></head>`
    + `<body><script type="module">z()</script><script src="/a.js"></script><script type="application/ld+json">{}</script></body>`;
  const out = cspOwnHashes(page);
  const policy = /content="([^"]*)"/.exec(out)![1];
  expect(policy).toBe(`default-src 'self'; script-src 'self' ${h('x()')} ${h('z()')}; style-src 'self'`);
  expect(out.replace(/content="[^"]*"/, '')).toBe(page.replace(/content="[^"]*"/, ''));
});

test('data blocks and external scripts need no hash; a page without a policy is left alone', () => {
  expect([...inlineHashes('<script type="application/json">[1]</script><script src="/x.js"></script>')]).toEqual([]);
  expect(cspOwnHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
});
