// @ts-check
/**
 * Markdown plugin for page prose: links the first use of each glossary term on a page to its
 * entry on /glossary/. Headings, links, code, note marks and components are left alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** @typedef {{ id: string, spellings: string[], href?: string, className?: string }} Term */

/** Glossary terms and the spellings that link to them, read from `<root>/glossary/*.yaml`. @param {string} root @returns {Term[]} */
export function readGlossaryTerms(root) {
  const dir = join(root, 'glossary');
  /** @type {string[]} */
  let files = [];
  try { files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort(); } catch { return []; }
  return files.flatMap((f) => {
    const entries = parse(readFileSync(join(dir, f), 'utf8'));
    if (!Array.isArray(entries)) return [];
    return entries
      .filter((e) => e && typeof e.id === 'string' && typeof e.term === 'string')
      .map((e) => ({ id: e.id, spellings: [e.term, ...(Array.isArray(e.matches) ? e.matches : [])] }));
  });
}

const TITLES = /^(?:Field Marshal|Lt Gen|Gen|Mullah|Maulvi|Dr)\s+/;

/**
 * People in the actors collection (`kind: person`): their first mention on a page links to their
 * entry on /whos-who/. Spellings: the full name, the name without a rank or title, and aliases of
 * two words or more (a surname alone is too ambiguous to link). @param {string} root @returns {Term[]}
 */
export function readPeople(root) {
  const dir = join(root, 'actors');
  /** @type {string[]} */
  let files = [];
  try { files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort(); } catch { return []; }
  return files.flatMap((f) => {
    const entries = parse(readFileSync(join(dir, f), 'utf8'));
    if (!Array.isArray(entries)) return [];
    return entries
      .filter((e) => e && e.kind === 'person' && typeof e.id === 'string' && typeof e.name === 'string')
      .map((e) => {
        const names = [e.name, e.name.replace(TITLES, ''), ...(Array.isArray(e.aliases) ? e.aliases : [])].filter((n) => n.trim().split(/\s+/).length >= 2);
        return { id: `person-${e.id}`, spellings: [...new Set(names)], href: `/whos-who/#${e.id}`, className: 'person' };
      });
  });
}

const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'sup', 'figure', 'abbr', 'script', 'style', 'svg', 'q', 'blockquote']);
const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` at the first use of each term not yet in `linked`, marking those terms linked.
 * @param {string} text @param {{ id: string, re: RegExp, href?: string, className?: string }[]} patterns @param {Set<string>} linked
 */
export function linkTerms(text, patterns, linked) {
  const out = [];
  let rest = text;
  for (;;) {
    let best;
    for (const p of patterns) {
      if (linked.has(p.id)) continue;
      const m = p.re.exec(rest);
      if (m && (!best || m.index < best.index)) best = { index: m.index, length: m[0].length, id: p.id, href: p.href, className: p.className };
    }
    if (!best) break;
    if (best.index > 0) out.push({ type: 'text', value: rest.slice(0, best.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: best.href ?? `/glossary/#${best.id}`, className: [best.className ?? 'term'] }, children: [{ type: 'text', value: rest.slice(best.index, best.index + best.length) }] });
    linked.add(best.id);
    rest = rest.slice(best.index + best.length);
  }
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}

/** Longer spellings first, so "Afghan Taliban" wins over "Taliban" at the same position. @param {Term[]} terms */
export function termPatterns(terms) {
  return terms
    .flatMap((t) => t.spellings.map((s) => ({ id: t.id, href: t.href, className: t.className, re: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(s)}(?![\\p{L}\\p{N}-])`, 'u'), length: s.length })))
    .sort((a, b) => b.length - a.length);
}

/**
 * The plugin for Astro's Sätteri Markdown processor (MDX pages inherit it). Text is visited in
 * document order; text inside skipped elements or components is left alone.
 * @param {Term[]} terms
 */
export function glossaryLinks(terms) {
  const patterns = termPatterns(terms);
  return {
    name: 'glossary-links',
    /** @param {any} _root @param {any} ctx */
    before(_root, ctx) { ctx.data.glossaryLinked = new Set(); },
    /** @param {any} node @param {any} ctx */
    text(node, ctx) {
      for (let p = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p)) {
        if ((p.type === 'element' && SKIP.has(p.tagName)) || String(p.type).startsWith('mdxJsx')) return;
      }
      const pieces = linkTerms(node.value, patterns, ctx.data.glossaryLinked);
      if (pieces.length > 1 || pieces[0]?.type !== 'text') ctx.replaceNode(node, pieces);
    },
  };
}
