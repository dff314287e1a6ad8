/**
 * What changed on the site, from the content alone: every page's change log (corrections marked)
 * and every figure (new, or revising an earlier one). Ids and dates come from the content, so the
 * same content gives the same feed. Pure; used by /feed.xml and /changes/.
 */
import type { ContentData } from '../charts/types.ts';
import { FIGURE_COLLECTIONS, figurePath, noteFor, type FigureCollection } from '../data/figurePages.ts';

export type ChangeKind = 'correction' | 'page-change' | 'new-figure' | 'revised-figure';

export interface ChangeEntry {
  /** Absolute, stable id (a URL with a fragment naming the change). */
  id: string;
  date: string;
  kind: ChangeKind;
  title: string;
  summary: string;
  /** Where the change can be read. */
  path: string;
}

/** The anchor of a page's change-log entry (its feed id's fragment). */
export const changeAnchor = (date: string, index: number) => `change-${date}-${index + 1}`;

export interface PageLog { id: string; title: string; changes: { date: string; summary: string; correction?: boolean }[] }

/** A partial date (YYYY or YYYY-MM) as its first day. */
const fullDate = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

export function siteChanges(pages: PageLog[], data: ContentData, site: URL | string): ChangeEntry[] {
  const abs = (p: string) => new URL(p, site).href;
  const out: ChangeEntry[] = [];
  for (const p of pages) {
    p.changes.forEach((c, i) => {
      out.push({
        id: `${abs(`/${p.id}/`)}#${changeAnchor(c.date, i)}`,
        date: c.date,
        kind: c.correction ? 'correction' : 'page-change',
        title: `${c.correction ? 'Correction' : i === 0 ? 'Published' : 'Update'}: ${p.title}`,
        summary: c.summary,
        path: `/${p.id}/#${changeAnchor(c.date, i)}`,
      });
    });
  }
  for (const collection of FIGURE_COLLECTIONS) {
    const recs = data[collection] as unknown as { id: string; asserted?: string; supersedes?: { id: string }; revisedBy?: { id: string } }[];
    const revises = new Map<string, string>(); // later → earlier
    for (const r of recs) {
      if (r.supersedes) revises.set(r.id, r.supersedes.id);
      if (r.revisedBy) revises.set(r.revisedBy.id, r.id);
    }
    for (const r of recs) {
      const note = noteFor(collection as FigureCollection, r.id, data);
      const earlier = revises.get(r.id);
      const before = earlier ? noteFor(collection as FigureCollection, earlier, data) : undefined;
      out.push({
        id: abs(figurePath(collection, r.id)),
        date: fullDate(r.asserted ?? note.source.date),
        kind: before ? 'revised-figure' : 'new-figure',
        title: `${note.attribution}: ${note.valueText}, ${note.what}`,
        summary: before
          ? `${note.attribution} revised its figure from ${before.valueText} to ${note.valueText} (${note.what}). Source: ${note.source.publisher}.`
          : `${note.attribution} states ${note.valueText} (${note.what})${note.when ? `, ${note.when}` : ''}. Source: ${note.source.publisher}.`,
        path: figurePath(collection, r.id),
      });
    }
  }
  // Newest first; ties in a fixed order (corrections, page changes, revisions, new figures; then id).
  const rank: Record<ChangeKind, number> = { correction: 0, 'page-change': 1, 'revised-figure': 2, 'new-figure': 3 };
  return out.sort((a, b) => b.date.localeCompare(a.date) || rank[a.kind] - rank[b.kind] || a.id.localeCompare(b.id));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const KIND_LABEL: Record<ChangeKind, string> = { correction: 'Correction', 'page-change': 'Page update', 'revised-figure': 'Revised figure', 'new-figure': 'New figure' };

/** Atom 1.0 (RFC 4287). `updated` is the newest entry's date, never the clock. */
export function atomFeed(entries: ChangeEntry[], o: { site: URL | string; title: string; author: string; selfPath: string; limit?: number }): string {
  const abs = (p: string) => new URL(p, o.site).href;
  const shown = entries.slice(0, o.limit ?? 100);
  const stamp = (d: string) => `${d}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <title>${esc(o.title)}</title>`,
    `  <subtitle>Page updates, corrections and new or revised figures, newest first.</subtitle>`,
    `  <id>${esc(abs(o.selfPath))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(abs(o.selfPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(abs('/changes/'))}"/>`,
    `  <updated>${stamp(shown[0]?.date ?? '1970-01-01')}</updated>`,
    `  <author><name>${esc(o.author)}</name><uri>${esc(abs('/'))}</uri></author>`,
    ...shown.map((e) => [
      '  <entry>',
      `    <id>${esc(e.id)}</id>`,
      `    <title>${esc(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${esc(abs(e.path))}"/>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <category term="${e.kind}" label="${KIND_LABEL[e.kind]}"/>`,
      `    <summary>${esc(`${KIND_LABEL[e.kind]}. ${e.summary}`)}</summary>`,
      '  </entry>',
    ].join('\n')),
    '</feed>',
    '',
  ].join('\n');
}
