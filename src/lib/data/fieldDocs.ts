/**
 * Field documentation for the open-data page, read from the doc comments in src/schemas so the
 * page and the schemas cannot drift apart. A test checks every field has one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemas, type CollectionName } from '../../schemas/index.ts';

const SCHEMA_DIR = join(process.cwd(), 'src', 'schemas');
const FILE_OF: Record<CollectionName, string> = {
  sources: 'sources.ts', actors: 'actors.ts', places: 'places.ts', events: 'events.ts',
  claims: 'claims.ts', forces: 'forces.ts', returnees: 'returnees.ts', militancy: 'militancy.ts',
  figures: 'figures.ts', glossary: 'glossary.ts',
};

function docsIn(file: string): Map<string, string> {
  const text = readFileSync(join(SCHEMA_DIR, file), 'utf8');
  const docs = new Map<string, string>();
  for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*(\w+)\s*:/g)) {
    const doc = m[1].split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter(Boolean).join(' ');
    if (!docs.has(m[2])) docs.set(m[2], doc);
  }
  return docs;
}

export interface FieldDoc {
  name: string;
  doc: string | undefined;
  required: boolean;
  /** Allowed values, for enumerations. */
  options?: string[];
}

/** Every top-level field of a collection, in schema order, with its doc comment. */
export function fieldDocs(collection: CollectionName): FieldDoc[] {
  const schema = buildSchemas()[collection];
  const own = docsIn(FILE_OF[collection]);
  const common = docsIn('common.ts');
  const shape = schema.shape as Record<string, { safeParse(v: unknown): { success: boolean }; options?: unknown; unwrap?: () => unknown; def?: { innerType?: { options?: unknown } } }>;
  return Object.entries(shape).map(([name, field]) => {
    const inner = (field.def?.innerType ?? field) as { options?: unknown };
    const options = Array.isArray(inner.options) && inner.options.every((o) => typeof o === 'string')
      ? (inner.options as string[]) : undefined;
    return { name, doc: own.get(name) ?? common.get(name), required: !field.safeParse(undefined).success, options };
  });
}
