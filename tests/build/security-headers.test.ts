/**
 * The Content-Security-Policy every built page carries, and the same policy as host configuration:
 * dist/_headers (Netlify, Cloudflare Pages), dist/nginx-headers.conf and README's deploy snippet.
 */
import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { framedPolicies, headerRules, netlifyHeaders } from '../../src/lib/site/securityHeaders.mjs';
import { DIST, htmlPaths, page } from '../helpers/html.ts';

const RULES = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const metaPolicy = (path: string) => page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)] as const));

test('every page carries a strict CSP: no unsafe-inline or unsafe-eval scripts, no plugins, nothing off-site', () => {
  const paths = htmlPaths();
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    const d = directives(metaPolicy(path));
    expect(d.get('default-src'), path).toEqual(["'self'"]);
    expect(d.get('object-src'), path).toEqual(["'none'"]);
    expect(d.get('base-uri'), path).toEqual(["'self'"]);
    const script = d.get('script-src') ?? [];
    expect(script, path).toContain("'self'");
    // 'wasm-unsafe-eval' (WebAssembly compilation only, for Pagefind search) is the one addition; no JS eval.
    expect(script.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'" && !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), `${path}: script-src allows more than own files, hashed scripts and wasm`).toEqual([]);
    expect(script, `${path}: no JavaScript eval`).not.toContain("'unsafe-eval'");
    for (const [name, sources] of d) {
      expect(sources.filter((s) => /^(https?:|\*|'unsafe-)/.test(s)), `${path}: ${name}`).toEqual([]);
    }
  }
});

test('every inline script of every page is allowed by a hash in the policy, so the browser runs it', () => {
  for (const path of htmlPaths()) {
    const doc = page(path);
    const allowed = directives(metaPolicy(path)).get('script-src') ?? [];
    for (const script of doc.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') === 'application/json' || script.getAttribute('type') === 'application/ld+json') continue;
      const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
      expect(allowed, `${path}: inline script "${script.rawText.slice(0, 60)}…"`).toContain(hash);
    }
  }
});

/** A policy without its hashes, and its hashes. */
const split = (policy: string) => ({
  rest: [...directives(policy)].map(([k, v]) => `${k} ${v.filter((s) => !s.startsWith("'sha")).join(' ')}`).join('; '),
  hashes: [...directives(policy)].flatMap(([k, v]) => v.filter((s) => s.startsWith("'sha")).map((h) => `${k} ${h}`)),
});

test('_headers sends each page its own <meta> policy plus frame-ancestors: embeds may be framed, nothing else', () => {
  for (const path of htmlPaths()) {
    const headers = headersFor(RULES, path);
    const { page: framedNever, embed } = framedPolicies(metaPolicy(path));
    if (path.startsWith('/embed/')) {
      // An embed's <meta> names only its own inline code; the embeds' header names every embed's,
      // and is otherwise the same policy (the browser enforces both: each embed runs what its <meta> allows).
      const [own, sent] = [split(embed), split(headers['Content-Security-Policy'])];
      expect(sent.rest, path).toBe(own.rest);
      for (const h of own.hashes) expect(sent.hashes, path).toContain(h);
      expect(headers['X-Frame-Options'], path).toBeUndefined();
    } else {
      expect(headers['Content-Security-Policy'], path).toBe(framedNever);
      expect(headers['X-Frame-Options'], path).toBe('DENY');
    }
    expect(headers['Referrer-Policy'], path).toBe('no-referrer');
    expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
  }
  expect(directives(headersFor(RULES, '/embed/force-balance/')['Content-Security-Policy']).get('frame-ancestors')).toEqual(['*']);
  expect(directives(headersFor(RULES, '/what-happened/')['Content-Security-Policy']).get('frame-ancestors')).toEqual(["'none'"]);
});

test('an embed’s <meta> policy lists the hashes of its own inline scripts and styles and no other (hashes do not compress: 0.8 KB an embed)', () => {
  const embeds = htmlPaths().filter((p) => p.startsWith('/embed/'));
  expect(embeds.length).toBeGreaterThan(5);
  for (const path of embeds) {
    const doc = page(path);
    const own = doc.querySelectorAll('script:not([src]), style')
      .filter((el) => el.tagName === 'STYLE' || !['application/json', 'application/ld+json'].includes(el.getAttribute('type') ?? ''))
      .map((el) => `'sha256-${createHash('sha256').update(el.rawText).digest('base64')}'`);
    const listed = [...directives(metaPolicy(path))].flatMap(([, v]) => v.filter((s) => s.startsWith("'sha")));
    expect(new Set(listed), path).toEqual(new Set(own));
  }
});

test('no two _headers rules set the same header on one path (hosts merge such rules differently)', () => {
  const rules = headerRules(metaPolicy('/'), ['embed', 'what-happened', 'index.html', '_astro']);
  for (const path of ['/', '/index.html', '/what-happened/', '/embed/x/', '/_astro/a.css']) {
    const names = rules.filter(([p]) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path)).flatMap(([, h]) => Object.keys(h));
    expect(names.length, path).toBe(new Set(names).size);
  }
  expect(netlifyHeaders(rules)).toMatch(/^\/embed\/\*\n  Content-Security-Policy: .*frame-ancestors \*$/m);
});

test('nginx-headers.conf carries the same two policies, and README shows it as built', () => {
  const conf = readFileSync(join(DIST, 'nginx-headers.conf'), 'utf8');
  const { page: framedNever } = framedPolicies(metaPolicy('/'));
  const embed = headersFor(RULES, '/embed/force-balance/')['Content-Security-Policy'];
  expect(conf).toContain(`add_header Content-Security-Policy "${framedNever}" always;`);
  expect(conf).toMatch(new RegExp(`location /embed/ \\{[^}]*add_header Content-Security-Policy "${embed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" always;`));
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.match(/<!-- nginx-headers:start -->\n```nginx\n([\s\S]*?)```\n<!-- nginx-headers:end -->/);
  expect(block, 'README has the nginx block between <!-- nginx-headers:start/end --> markers').not.toBeNull();
  expect(block![1], 'README\'s nginx snippet is stale: run "npm run docs:headers" after a build').toBe(conf);
});

test('nothing in the built HTML or CSS makes a browser fetch from another origin', () => {
  const foreign = (u: string | undefined) => !!u && /^(https?:)?\/\//.test(u) && !u.startsWith(new URL(metaSite()).origin);
  const found: string[] = [];
  for (const path of htmlPaths()) {
    const doc = page(path);
    for (const el of doc.querySelectorAll('script[src], img[src], iframe[src], source[src], video, audio, link[href]')) {
      if (el.tagName === 'LINK' && /^(canonical|alternate|author|license)$/.test(el.getAttribute('rel') ?? '')) continue;
      const u = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('poster');
      if (foreign(u)) found.push(`${path}: <${el.tagName.toLowerCase()}> ${u}`);
    }
  }
  const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
  expect(css.length).toBeGreaterThan(0);
  for (const file of css) {
    const text = readFileSync(join(DIST, '_astro', file), 'utf8');
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/g)) {
      if (foreign(m[1] ?? m[2])) found.push(`_astro/${file}: ${m[0]}`);
    }
  }
  expect(found).toEqual([]);
});

/** The site address the build wrote into canonical links. */
const metaSite = () => page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'http://localhost:4321/';
