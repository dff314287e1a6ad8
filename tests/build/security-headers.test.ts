/**
 * The Content-Security-Policy every built page carries, and the same policy as host configuration:
 * dist/_headers (Netlify, Cloudflare Pages), dist/nginx-headers.conf and README's deploy snippet.
 */
import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { framedPolicies, headerRules, netlifyHeaders, sitePolicy } from '../../src/lib/site/securityHeaders.mjs';
import { DIST, htmlPaths, page } from '../helpers/html.ts';

const RULES = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
/** The hosts' policy: the pages' policy with every page's hashes (each page's <meta> lists its own). */
const SITE = sitePolicy(DIST);
const HASH = /'sha256-[A-Za-z0-9+/=]+'/g;
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

test('_headers sends each page its <meta> policy, with every page\'s hashes, plus frame-ancestors: embeds may be framed, nothing else', () => {
  for (const path of htmlPaths()) {
    const headers = headersFor(RULES, path);
    const { page: framedNever, embed } = framedPolicies(SITE);
    expect(metaPolicy(path).replace(HASH, '').replace(/\s+/g, ' ').replace(/ ?; ?/g, ';'), path).toBe(SITE.replace(HASH, '').replace(/\s+/g, ' ').replace(/ ?; ?/g, ';'));
    for (const hash of metaPolicy(path).match(HASH) ?? []) expect(SITE, `${path}: ${hash}`).toContain(hash);
    if (path.startsWith('/embed/')) {
      expect(headers['Content-Security-Policy'], path).toBe(embed);
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
  const { page: framedNever, embed } = framedPolicies(SITE);
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
