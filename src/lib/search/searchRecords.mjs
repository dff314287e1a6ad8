// @ts-check
/**
 * Search records that are not pages of their own: every source and glossary term, each landing on
 * its own anchor (/sources/#src-001, /glossary/#ttp). Read from the built open data, so search
 * shows exactly what the site publishes.
 */

/** @typedef {{ url: string, content: string, language: string, meta: Record<string, string>, filters: Record<string, string[]> }} Rec */

const LABEL = { glossary: 'Term', sources: 'Source', people: 'Person' };

/**
 * @param {{ records: any[] }} glossary  dist/data/glossary.json
 * @param {{ records: any[] }} sources   dist/data/sources.json
 * @param {{ records: any[] } | undefined} people  dist/data/actors.json, when the site has a who's who page (/whos-who/)
 * @returns {Rec[]}
 */
export function searchRecords(glossary, sources, people) {
  /** @type {Rec[]} */
  const out = [];
  for (const t of glossary.records) {
    out.push({
      url: `/glossary/#${t.id}`,
      language: 'en',
      content: [t.term, t.expansion, t.definition, ...(t.matches ?? [])].filter(Boolean).join('. '),
      meta: { title: t.expansion ? `${t.term} (${t.expansion})` : t.term, kind: LABEL.glossary },
      filters: { kind: [LABEL.glossary] },
    });
  }
  for (const s of sources.records) {
    out.push({
      url: `/sources/#${s.id}`,
      language: 'en',
      content: [s.title, s.publisher, s.date, s.notes].filter(Boolean).join('. '),
      meta: { title: `${s.publisher}: ${s.title}`, kind: LABEL.sources },
      filters: { kind: [LABEL.sources] },
    });
  }
  for (const a of people?.records.filter((r) => r.kind === 'person') ?? []) {
    out.push({
      url: `/whos-who/#${a.id}`,
      language: 'en',
      content: [a.name, a.role, a.description, ...(a.aliases ?? [])].filter(Boolean).join('. '),
      meta: { title: a.role ? `${a.name}, ${a.role}` : a.name, kind: LABEL.people },
      filters: { kind: [LABEL.people] },
    });
  }
  return out;
}
