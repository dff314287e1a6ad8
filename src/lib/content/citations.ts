/**
 * Figures in page prose: every number a page states comes from a `<Claim id="…"/>` (claims)
 * or `<Fact id="collection/id"/>` (forces, returnees, militancy, figures) element. This module
 * finds them in MDX source, numbers them as endnotes in order of first use, and reports
 * citations of records that do not exist, with the page file and line.
 */
import type { Problem } from './load.ts';

export const FIGURE_COLLECTIONS = ['claims', 'forces', 'returnees', 'militancy', 'figures'] as const;
export type FigureCollection = (typeof FIGURE_COLLECTIONS)[number];

export interface Citation {
  collection: FigureCollection;
  id: string;
  /** 1-based line in the MDX file. */
  line: number;
  /** Key used by components and endnotes: `collection/id`. */
  key: string;
}

const ELEMENT = /<(Claim|Fact)\b([^>]*?)\/?>/g;
const ID_ATTR = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Every figure element in an MDX body, in document order. Malformed ones are problems. */
export function citationsIn(body: string): { citations: Citation[]; malformed: { line: number; message: string }[] } {
  const citations: Citation[] = [];
  const malformed: { line: number; message: string }[] = [];
  for (const m of body.matchAll(ELEMENT)) {
    const line = body.slice(0, m.index).split('\n').length;
    const raw = ID_ATTR.exec(m[2]);
    const value = raw ? (raw[1] ?? raw[2]) : undefined;
    if (!value) {
      malformed.push({ line, message: `<${m[1]}> needs an id="…" attribute written as a plain string` });
      continue;
    }
    if (m[1] === 'Claim') {
      citations.push({ collection: 'claims', id: value, line, key: `claims/${value}` });
      continue;
    }
    const [collection, id, ...rest] = value.split('/');
    if (!id || rest.length || !(FIGURE_COLLECTIONS as readonly string[]).includes(collection)) {
      malformed.push({ line, message: `<Fact id="${value}">: write id="collection/id" with collection one of ${FIGURE_COLLECTIONS.join(', ')}` });
      continue;
    }
    citations.push({ collection: collection as FigureCollection, id, line, key: `${collection}/${id}` });
  }
  return { citations, malformed };
}

/** Endnote numbers by citation key, in order of first use (a record cited twice keeps its number). */
export function endnoteNumbers(citations: Citation[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const c of citations) if (!numbers.has(c.key)) numbers.set(c.key, numbers.size + 1);
  return numbers;
}

/** Problems with a page's figure elements: malformed elements and records that do not exist. */
export function checkCitations(file: string, body: string, exists: (collection: FigureCollection, id: string) => boolean, lineOffset = 0): Problem[] {
  const { citations, malformed } = citationsIn(body);
  const problems: Problem[] = malformed.map((m) => ({ file, line: m.line + lineOffset, collection: 'pages', message: m.message }));
  for (const c of citations) {
    if (!exists(c.collection, c.id)) {
      problems.push({ file, line: c.line + lineOffset, collection: 'pages', field: c.key, message: `cites ${c.collection} entry "${c.id}", which does not exist` });
    }
  }
  return problems;
}
