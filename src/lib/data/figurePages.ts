/**
 * One page per sourced figure: `/claims/<id>/` for casualty and damage claims and
 * `/figures/<collection>/<id>/` for forces, returnees, militancy and other figures. Pure: content
 * records and page bodies in, what the page shows out (tested in tests/unit/figure-pages.test.ts).
 */
import type { ContentData } from '../charts/types.ts';
import { citationsIn, FIGURE_COLLECTIONS, type FigureCollection } from '../content/citations.ts';
import { figureNotes, type FigureNote } from './figureNotes.ts';
import { formatDate } from './asOf.ts';
import { SITE_NAME } from '../site/nav.ts';

export { FIGURE_COLLECTIONS, type FigureCollection };

export const figurePath = (collection: FigureCollection, id: string) =>
  collection === 'claims' ? `/claims/${id}/` : `/figures/${collection}/${id}/`;
export const figureEmbedPath = (collection: FigureCollection, id: string) =>
  collection === 'claims' ? `/embed/claim/${id}/` : `/embed/figure/${collection}/${id}/`;
/** The id embed messages carry (`data-embed`, `data-pa-embed`). */
export const figureEmbedId = (collection: FigureCollection, id: string) => (collection === 'claims' ? `claim-${id}` : `figure-${collection}-${id}`);

type Rec = { id: string; supersedes?: { id: string }; revisedBy?: { id: string } };
const recordsOf = (data: ContentData, c: FigureCollection) => data[c] as unknown as Rec[];

/** The note (value as qualified, who, what, when, status, quote, source) of one record. */
export function noteFor(collection: FigureCollection, id: string, data: ContentData): FigureNote {
  return figureNotes([{ collection, id, line: 0, key: `${collection}/${id}` }], data).get(`${collection}/${id}`)!;
}

/**
 * The whole revision chain a record belongs to, earliest first: claims linked by `supersedes`
 * (a claimant's running total 133 → 274 → …), militancy figures by `revisedBy`.
 */
export function revisionChain(collection: FigureCollection, id: string, data: ContentData): string[] {
  const recs = recordsOf(data, collection);
  const earlier = new Map<string, string>(); // later id → earlier id
  for (const r of recs) {
    if (r.supersedes) earlier.set(r.id, r.supersedes.id);
    if (r.revisedBy) earlier.set(r.revisedBy.id, r.id);
  }
  const later = new Map([...earlier].map(([l, e]) => [e, l]));
  let first = id;
  const seen = new Set([id]);
  while (earlier.has(first) && !seen.has(earlier.get(first)!)) seen.add((first = earlier.get(first)!));
  const chain = [first];
  while (later.has(chain.at(-1)!) && !chain.includes(later.get(chain.at(-1)!)!)) chain.push(later.get(chain.at(-1)!)!);
  return chain;
}

export interface PageUse { page: string; title: string; path: string; note: number }

/** A page body's cited record keys in note order, parsed once per body (every figure page asks of every page). */
const citedKeysOf = new Map<string, string[]>();
function citedKeys(body: string): string[] {
  let keys = citedKeysOf.get(body);
  if (!keys) citedKeysOf.set(body, (keys = [...new Set(citationsIn(body).citations.map((c) => c.key))]));
  return keys;
}

/** Pages whose prose cites the record, with the note number it has there. */
export function pageUses(collection: FigureCollection, id: string, pages: { id: string; title: string; body: string }[]): PageUse[] {
  const uses: PageUse[] = [];
  for (const p of pages) {
    const keys = citedKeys(p.body);
    const n = keys.indexOf(`${collection}/${id}`);
    if (n >= 0) uses.push({ page: p.id, title: p.title, path: `/${p.id}/`, note: n + 1 });
  }
  return uses;
}

/**
 * Whether a chart plots a record, read through the registry's compute output only: the record's id
 * appears as a value in the model (marks and rows carry ids), leaving out lists of what the chart
 * deliberately excluded.
 */
export function modelUsesRecord(model: unknown, id: string): boolean {
  return modelStrings(model).has(id);
}

/**
 * Every string a model holds as a value or an object key (what its JSON text quotes), outside
 * keys that list exclusions; once per model. It was JSON.stringify of the whole model for every
 * figure page and chart: pages × model size, so the build grew with the square of the content.
 */
const stringsOf = new WeakMap<object, Set<string>>();
function modelStrings(model: unknown): Set<string> {
  if (!model || typeof model !== 'object') return new Set(typeof model === 'string' ? [model] : []);
  let out = stringsOf.get(model);
  if (out) return out;
  out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out!.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      // as JSON.stringify sees it: toJSON (dates), then own enumerable keys
      const j = typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON: () => unknown }).toJSON() : v;
      if (j !== v) return walk(j);
      for (const [k, x] of Object.entries(v)) {
        if (/^exclu/i.test(k) || x === undefined || typeof x === 'function') continue;
        out!.add(k);
        walk(x);
      }
    }
  };
  walk(model);
  stringsOf.set(model, out);
  return out;
}

/** Other claimants' figures for the same count (same episode, side and what is counted), never merged. */
export function sameCount(id: string, data: ContentData): string[] {
  const c = data.claims.find((r) => r.id === id);
  if (!c) return [];
  return data.claims
    .filter((o) => o.id !== id && o.episode.id === c.episode.id && o.side === c.side && o.counted === c.counted && o.group === c.group)
    .sort((a, b) => a.asserted.localeCompare(b.asserted) || a.id.localeCompare(b.id))
    .map((o) => o.id);
}

export function figureCitePlain(note: FigureNote, url: string, asOf: string): string {
  return `${note.attribution}, ${note.valueText} (${note.what}), quoted in ${note.source.publisher}, “${note.source.title}”, ${formatDate(note.source.date)}; via ${SITE_NAME}, data as of ${formatDate(asOf)}, ${url}`;
}

const bib = (s: string) => s.replace(/[{}\\]/g, '');

export function figureCiteBibtex(note: FigureNote, url: string, asOf: string): string {
  return [
    `@misc{pa-explainer-${note.collection}-${note.id},`,
    `  author = {{${bib(note.attribution)}}},`,
    `  title = {${bib(`${note.valueText}: ${note.what}`)}},`,
    `  howpublished = {Quoted in ${bib(note.source.publisher)}, ` + '``' + bib(note.source.title) + "''" + `, ${formatDate(note.source.date)}},`,
    `  year = {${note.source.date.slice(0, 4)}},`,
    `  note = {Via ${bib(SITE_NAME)}, data as of ${formatDate(asOf)}},`,
    `  url = {${url}}`,
    `}`,
  ].join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Embed code for one figure's card: a self-resizing iframe, the host script and a plain link for sites that strip both. */
export function figureEmbedCode(collection: FigureCollection, id: string, note: FigureNote, site: URL | string): string {
  const embedId = figureEmbedId(collection, id);
  const label = `${note.attribution}: ${note.valueText}, ${note.what}`;
  return [
    `<div class="pa-embed">`,
    `<iframe src="${new URL(figureEmbedPath(collection, id), site).href}" title="${escapeHtml(`Figure: ${label}`)}" width="100%" height="260" loading="lazy" frameborder="0" style="border:0;width:100%;display:block" data-pa-embed="${embedId}"></iframe>`,
    `<script async src="${new URL('/embed.js', site).href}"></script>`,
    `<a class="pa-embed-fallback" data-pa-fallback="${embedId}" href="${new URL(figurePath(collection, id), site).href}">${escapeHtml(label)}</a>`,
    `</div>`,
  ].join('\n');
}
