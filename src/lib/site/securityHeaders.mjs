// @ts-check
/**
 * HTTP headers for static hosts, derived from the Content-Security-Policy that Astro writes into
 * every page's <meta>. The build writes them as `dist/_headers` (Netlify and Cloudflare Pages
 * syntax) and `dist/nginx-headers.conf`; scripts/lib/static-server.ts applies `_headers` locally.
 *
 * Headers add what a <meta> policy cannot carry: frame-ancestors. Embed pages may be framed by any
 * site; every other path refuses to be framed. Rules never overlap on a header name, because hosts
 * merge overlapping rules differently (Netlify joins values, which would make both policies apply).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const EMBED_PREFIX = '/embed/';

/** Headers every response gets. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Readers' visits are not announced to the sources they follow links to.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
};

/** Hashed file names under /_astro/ never change content, so they can be cached for good. */
export const IMMUTABLE = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/** @param {string} meta the policy as written in the pages' <meta http-equiv> */
export function framedPolicies(meta) {
  const base = meta.trim().replace(/;\s*$/, '').split(';').map((d) => d.trim()).filter(Boolean).join('; ');
  if (/frame-ancestors/.test(base)) throw new Error('The <meta> CSP must not carry frame-ancestors: browsers ignore it there.');
  return {
    page: `${base}; frame-ancestors 'none'`,
    embed: `${base}; frame-ancestors *`,
  };
}

/** @param {string} html */
const metaOf = (html) => html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1].replaceAll('&#39;', "'");

/**
 * The policies the site's pages carry, read from every built page: one for all pages but embeds
 * (throws, naming the pages, if a page lacks it or two differ: a single header could then not
 * match every page), and one for embeds. An embed's <meta> lists only the hashes of its own inline
 * code (src/lib/site/cspFirst.ts), so embeds differ in their hashes and nothing else; their
 * header carries every embed's hashes (a browser enforces both policies, so each embed still runs
 * only what its own <meta> allows).
 * @param {string} dist
 * @returns {{ page: string, embed: string }}
 */
export function sitePolicies(dist) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
  /** @type {Map<string, string[]>} */
  const byPolicy = new Map();
  /** @type {string[]} */
  const embeds = [];
  for (const file of files) {
    const path = relative(dist, file);
    const policy = metaOf(readFileSync(file, 'utf8')) ?? '(none)';
    if (`/${path}`.startsWith(EMBED_PREFIX) && policy !== '(none)') embeds.push(policy);
    else byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), path]);
  }
  if (byPolicy.size !== 1 || byPolicy.has('(none)')) {
    const lines = [...byPolicy].map(([p, paths]) => `  ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}: ${p.slice(0, 80)}…`);
    throw new Error(`security headers: every page but embeds must carry the same Content-Security-Policy <meta>, found ${byPolicy.size}:\n${lines.join('\n')}`);
  }
  const page = [...byPolicy.keys()][0];
  return { page, embed: embeds.length ? unionOfHashes(embeds) : page };
}

/**
 * One policy allowing every hash of the given ones, which must not differ in anything else.
 * @param {string[]} policies
 */
export function unionOfHashes(policies) {
  /** @param {string} p */
  const parse = (p) => p.split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/\s+/));
  const isHash = (/** @type {string} */ s) => /^'sha(256|384|512)-/.test(s);
  const shapes = new Set(policies.map((p) => JSON.stringify(parse(p).map((d) => d.filter((s) => !isHash(s))))));
  if (shapes.size !== 1) throw new Error(`security headers: embeds' Content-Security-Policy <meta> differ in more than hashes:\n${[...shapes].map((s) => `  ${s.slice(0, 160)}`).join('\n')}`);
  const directives = parse(policies[0]).map((d) => d.filter((s) => !isHash(s)));
  for (const p of policies) for (const d of parse(p)) {
    const into = directives.find((x) => x[0] === d[0]);
    for (const s of d.filter(isHash)) if (into && !into.includes(s)) into.push(s);
  }
  return directives.map((d) => d.join(' ')).join(';') + ';';
}

/**
 * Header rules as [path pattern, headers] pairs, in `_headers` order. Non-embed paths are listed by
 * their top-level entry in dist/, so /embed/* is the only path that can be framed.
 * @param {string} meta the pages' policy
 * @param {string[]} topLevel names of the entries directly under dist/ (files and folders)
 * @param {string} embedMeta the embeds' policy (sitePolicies)
 * @returns {Array<[string, Record<string, string>]>}
 */
export function headerRules(meta, topLevel, embedMeta = meta) {
  const { page } = framedPolicies(meta);
  const { embed } = framedPolicies(embedMeta);
  const framedNever = { 'Content-Security-Policy': page, 'X-Frame-Options': 'DENY' };
  /** @type {Array<[string, Record<string, string>]>} */
  const rules = [['/*', COMMON_HEADERS], ['/', framedNever]];
  for (const name of [...topLevel].sort()) {
    if (name === 'embed' || name.startsWith('_headers') || name === 'nginx-headers.conf') continue;
    rules.push([name.includes('.') ? `/${name}` : `/${name}/*`, name === '_astro' ? { ...framedNever, ...IMMUTABLE } : framedNever]);
  }
  rules.push([`${EMBED_PREFIX}*`, { 'Content-Security-Policy': embed }]);
  return rules;
}

/** @param {Array<[string, Record<string, string>]>} rules */
export function netlifyHeaders(rules) {
  const head = '# Generated by the build from the pages\' Content-Security-Policy. Do not edit: see README, "Deploy".\n';
  return head + rules.map(([path, headers]) => `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('');
}

/**
 * The same headers for nginx, to `include` inside a `server { }` block. nginx drops inherited
 * add_header lines in any location that has its own, so each location repeats the common ones.
 * @param {string} meta the pages' policy
 * @param {string} embedMeta the embeds' policy
 */
export function nginxHeaders(meta, embedMeta = meta) {
  const { page } = framedPolicies(meta);
  const { embed } = framedPolicies(embedMeta);
  /** @param {Record<string, string>} headers @param {string} indent */
  const lines = (headers, indent) => Object.entries(headers).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`).join('\n');
  const framedNever = { ...COMMON_HEADERS, 'Content-Security-Policy': page, 'X-Frame-Options': 'DENY' };
  return [
    '# Generated by the build from the pages\' Content-Security-Policy. Include inside server { }.',
    lines(framedNever, ''),
    `location ${EMBED_PREFIX} {`,
    lines({ ...COMMON_HEADERS, 'Content-Security-Policy': embed }, '  '),
    '}',
    'location /_astro/ {',
    lines({ ...framedNever, ...IMMUTABLE }, '  '),
    '}',
    '',
  ].join('\n');
}

/** Folders the build writes after Astro has finished, which need their rules all the same. */
const LATER_FOLDERS = ['pdf', 'oembed'];

/**
 * Reads the built pages and writes `_headers` and `nginx-headers.conf` into dist/.
 * @param {string} dist
 */
export function writeSecurityHeaders(dist) {
  const { page, embed } = sitePolicies(dist);
  // pdf/ and oembed/ are written after the pages (by `npm run pdf` and `npm run downloads`).
  const topLevel = [...new Set([...readdirSync(dist), ...LATER_FOLDERS])];
  writeFileSync(join(dist, '_headers'), netlifyHeaders(headerRules(page, topLevel, embed)));
  writeFileSync(join(dist, 'nginx-headers.conf'), nginxHeaders(page, embed));
}

/** Astro integration: writes the header files once the pages exist. */
export function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir }) => writeSecurityHeaders(decodeURIComponent(dir.pathname)),
    },
  };
}
