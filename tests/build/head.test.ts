/** One head on every surface: CSP first, title, description, canonical, theme, social tags, JSON-LD, feed. */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPaths, page } from '../helpers/html.ts';

const raw = (path: string) => readFileSync(join(DIST, path.replace(/\/$/, '/index.html').replace(/^\//, '')), 'utf8');
const headTags = (path: string) => [...raw(path).split('</head>')[0].split('<head>')[1].matchAll(/<([a-z]+)\b([^>]*)>/g)].map((m) => `<${m[1]}${m[2]}>`);

test('the CSP <meta> comes straight after <meta charset>, before every script, style and link', () => {
  for (const path of htmlPaths()) {
    const tags = headTags(path);
    expect(tags[0], path).toMatch(/^<meta charset=/);
    expect(tags[1], `${path}: the CSP meta is not first`).toMatch(/^<meta http-equiv="content-security-policy"/);
  }
});

test('every page has a title, a description, the theme bootstrap, social tags and feed discovery', () => {
  for (const path of htmlPaths()) {
    const doc = page(path);
    const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
    expect(doc.querySelector('title')?.textContent.length, path).toBeGreaterThan(5);
    expect(meta('meta[name="description"]').length, path).toBeGreaterThan(20);
    expect(doc.querySelector('head link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'), path).toMatch(/\/feed\.xml$/);
    const inline = doc.querySelectorAll('head script:not([src]):not([type])').map((s) => s.textContent);
    expect(inline.some((s) => s.includes("classList") && s.includes("'light'")), `${path}: theme bootstrap`).toBe(true);
    for (const p of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type']) expect(meta(`meta[property="${p}"]`), `${path} ${p}`).not.toBe('');
    expect(meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
    const robots = meta('meta[name="robots"]');
    if (!robots.includes('noindex')) {
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${path}: canonical`).toMatch(/^https?:\/\//);
      expect(meta('meta[property="og:url"]'), `${path}: og:url`).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(doc.querySelectorAll('script[type="application/ld+json"]').length, `${path}: JSON-LD`).toBe(1);
    }
  }
});

test('the built CSS carries the dark theme under prefers-color-scheme for readers without JavaScript', () => {
  const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')).join('\n');
  expect(css).toMatch(/@media screen and \(prefers-color-scheme:\s?dark\)\s?\{:root:not\(\.light\)\{[^}]*--color-paper:/);
});
