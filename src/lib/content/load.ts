/**
 * Reads every data collection from YAML files under one content folder, validates each entry
 * against its schema, then checks what no single entry can check alone: unique ids, links that
 * resolve, revision chains (chains.ts) and the pages (pages.ts). Every problem is collected and
 * reported with its file, line, entry and field; a file that cannot be read is reported once
 * rather than as every link into it. Pure Node: it runs inside Astro's loaders (before any page
 * is read), in tests and in `npm run content:check` alike.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { fieldLines, lineIn, lineOf, parseYaml, readUtf8, yamlValue } from './source.ts';
import { buildSchemas, COLLECTIONS, type CollectionName, type Schemas } from '../../schemas/index.ts';
import { collectReferences } from './references.ts';
import { checkPages, PAGES_DIR } from './pages.ts';
import { checkChains } from './chains.ts';

export interface Problem {
  /** File path relative to the working directory. */
  file: string;
  line?: number;
  collection: string;
  /** Entry id, when the entry has one. */
  id?: string;
  /** Dotted path of the field at fault, when one field is. */
  field?: string;
  message: string;
}

export interface LoadedEntry {
  id: string;
  /** Data as written in the file. */
  raw: Record<string, unknown>;
  /** Data after schema parsing (defaults filled, references as `{ collection, id }`). */
  data: Record<string, unknown>;
  file: string;
  line: number;
  /** Line of every field, by dotted path (`period.end`, `places.1`), to point at the exact row. */
  lines: Map<string, number>;
}

/** The line of a field of an entry (or of the nearest enclosing field, or the entry). */
export const lineOfField = (entry: Pick<LoadedEntry, 'line' | 'lines'>, path: string): number => lineIn(entry.lines, path, entry.line);

export type ContentTree = Record<CollectionName, LoadedEntry[]>;

export interface LoadResult {
  tree: ContentTree;
  problems: Problem[];
}

const YAML_EXT = new Set(['.yaml', '.yml']);

interface Listing { files: string[]; unread: { path: string; why: string }[] }

/** The files of a collection folder, and everything in it that would not be read, with why. */
async function listFiles(dir: string): Promise<Listing | undefined> {
  let items;
  try {
    items = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const listing: Listing = { files: [], unread: [] };
  for (const d of items.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, d.name);
    const kind = d.isSymbolicLink() ? await stat(path).catch(() => undefined) : d;
    if (d.name.startsWith('.')) listing.unread.push({ path, why: 'hidden file or folder: it would be ignored, so remove or rename it' });
    else if (kind?.isDirectory()) listing.unread.push({ path, why: 'folders inside a collection are not read: move its files up one level' });
    else if (!kind?.isFile()) listing.unread.push({ path, why: 'not a regular file (broken link?): it would be ignored' });
    else if (!YAML_EXT.has(extname(d.name))) listing.unread.push({ path, why: 'not a .yaml file: it would be ignored, so move or rename it' });
    else listing.files.push(path);
  }
  return listing;
}

async function loadCollection(
  root: string,
  name: CollectionName,
  schemas: Schemas,
  problems: Problem[],
  knownIds: Set<string>,
  unreadable: Set<string>,
  invalid: LoadedEntry[],
): Promise<LoadedEntry[]> {
  const dir = join(root, name);
  const listing = await listFiles(dir);
  const entries: LoadedEntry[] = [];
  const rel = (f: string) => relative(process.cwd(), f) || f;
  if (listing === undefined) {
    problems.push({ file: rel(dir), collection: name, message: `folder is missing: every collection needs content/${name}/` });
    unreadable.add(name);
    return entries;
  }
  for (const { path, why } of listing.unread) problems.push({ file: rel(path), collection: name, message: why });
  const seen = new Map<string, LoadedEntry>();
  for (const path of listing.files) {
    const file = rel(path);
    const read = await readUtf8(path);
    if (!('text' in read)) {
      problems.push({ file, line: read.line, collection: name, message: read.message });
      unreadable.add(name);
      continue;
    }
    const { doc, counter, errors } = parseYaml(read.text);
    if (errors.length > 0) {
      for (const err of errors) problems.push({ file, line: err.line, collection: name, message: err.message });
      unreadable.add(name);
      continue;
    }
    if (doc.contents === null || (isSeq(doc.contents) && doc.contents.items.length === 0)) {
      problems.push({ file, line: 1, collection: name, message: 'file holds no entries: add entries or delete the file' });
      continue;
    }
    if (!isSeq(doc.contents)) {
      problems.push({ file, line: 1, collection: name, message: 'file must be a YAML list of entries (each starting with "- id:")' });
      continue;
    }
    doc.contents.items.forEach((item, index) => {
      const line = lineOf(item as YamlNode, counter);
      // Converting against the whole document resolves YAML aliases (&anchor / *anchor).
      const converted = yamlValue(doc, item as YamlNode);
      if ('message' in converted) {
        problems.push({ file, line, collection: name, message: `entry ${index + 1}: ${converted.message}` });
        unreadable.add(name);
        return;
      }
      const raw = converted.value;
      if (!isMap(item) || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push({ file, line, collection: name, message: `entry ${index + 1} is not a mapping of fields` });
        return;
      }
      const record = raw as Record<string, unknown>;
      const id = record.id;
      if (typeof id !== 'string' || id.length === 0) {
        const message = id === undefined || id === null || id === '' ? `entry ${index + 1} has no id` : `entry ${index + 1} has id ${JSON.stringify(id)}: ids are text (quote it)`;
        problems.push({ file, line, collection: name, field: 'id', message });
        return;
      }
      const previous = seen.get(id);
      const lines = fieldLines(item, counter);
      seen.set(id, previous ?? { id, raw: record, data: {}, file, line, lines });
      if (previous) {
        problems.push({
          file, line, collection: name, id, field: 'id',
          message: `duplicate id: already used at ${previous.file}:${previous.line}`,
        });
        return;
      }
      // An entry that fails its schema still exists: links to it are not reported as dangling.
      knownIds.add(id);
      const parsed = schemas[name].safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          for (const { path, message } of explainIssue(issue)) {
            problems.push({
              file, line: lineIn(lines, path.join('.'), line), collection: name, id,
              field: path.join('.') || undefined, message,
            });
          }
        }
        // Its links are still checked, so every fault of the entry is listed at once.
        invalid.push({ id, raw: record, data: validFields(schemas[name], record), file, line, lines });
        return;
      }
      const entry: LoadedEntry = { id, raw: record, data: parsed.data as Record<string, unknown>, file, line, lines };
      entries.push(entry);
    });
  }
  return entries;
}

/** The fields of an entry that are valid on their own, parsed (so links become `{ collection, id }`). */
function validFields(schema: unknown, record: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as { shape?: Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } }> }).shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const parsed = shape[key]?.safeParse(value);
    if (parsed?.success) out[key] = parsed.data;
  }
  return out;
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

/** Zod's issue in words an editor can act on; an unknown key becomes a problem on that key. */
function explainIssue(issue: Issue): { path: (string | number)[]; message: string }[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field (misspelt, or not part of this collection)' }));
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return [{ path, message: 'required field is missing' }];
  }
  return [{ path, message: issue.message }];
}

/** Folders the content root may hold besides the collections: pages, and research facts set aside. */
const OTHER_FOLDERS = [PAGES_DIR, 'research-coverage'];

/** Anything at the content root that nothing reads: a misspelt collection folder, loose YAML. */
async function checkRoot(root: string): Promise<Problem[]> {
  const items = await readdir(root, { withFileTypes: true }).catch(() => []);
  const known = [...COLLECTIONS, ...OTHER_FOLDERS];
  const problems: Problem[] = [];
  for (const d of items.sort((a, b) => a.name.localeCompare(b.name))) {
    if (d.isDirectory() && known.includes(d.name)) continue;
    const file = relative(process.cwd(), join(root, d.name)) || d.name;
    const near = known.find((k) => k.toLowerCase() === d.name.toLowerCase() || k.startsWith(d.name.toLowerCase()) || d.name.toLowerCase().startsWith(k));
    const message = d.isDirectory()
      ? `folder "${d.name}" is not a collection, so its files would be ignored${near ? `: did you mean ${near}/?` : ''} (collections: ${known.join(', ')})`
      : `files at the content root are not read${YAML_EXT.has(extname(d.name)) ? ': move it into its collection folder' : ''}`;
    problems.push({ file, collection: 'content', message });
  }
  return problems;
}

export interface LoadOptions {
  /** Chart ids a page's `<Chart id>` may name; by default the chart registry's. */
  chartIds?: readonly string[];
}

/** Loads and validates every collection under `root`. Never throws for bad content: it reports. */
export async function loadContent(root: string, schemas: Schemas = buildSchemas(), options: LoadOptions = {}): Promise<LoadResult> {
  const problems: Problem[] = await checkRoot(root);
  const tree = {} as ContentTree;
  const ids = new Map<string, Set<string>>();
  const unreadable = new Set<string>();
  const invalid = new Map<CollectionName, LoadedEntry[]>();
  for (const name of COLLECTIONS) {
    const known = new Set<string>();
    invalid.set(name, []);
    tree[name] = await loadCollection(root, name, schemas, problems, known, unreadable, invalid.get(name)!);
    ids.set(name, known);
  }

  // A file that could not be read leaves every link to its entries dangling: count those links
  // instead of listing each, so the first cause is not drowned.
  const unchecked = new Map<string, number>();
  for (const name of COLLECTIONS) {
    for (const entry of [...tree[name], ...invalid.get(name)!]) {
      for (const { path, target } of collectReferences(entry.data)) {
        if (target.collection === name && target.id === entry.id) {
          problems.push({ file: entry.file, line: lineOfField(entry, path), collection: name, id: entry.id, field: path, message: 'refers to itself' });
          continue;
        }
        const known = ids.get(target.collection);
        if (known?.has(target.id)) continue;
        if (unreadable.has(target.collection)) {
          unchecked.set(target.collection, (unchecked.get(target.collection) ?? 0) + 1);
          continue;
        }
        problems.push({
          file: entry.file, line: lineOfField(entry, path), collection: name, id: entry.id, field: path,
          message: known
            ? `refers to ${target.collection} "${target.id}", which does not exist`
            : `refers to unknown collection "${target.collection}"`,
        });
      }
    }
  }
  problems.push(...checkChains(tree.claims, tree.actors, lineOfField));
  const chartIds = options.chartIds ?? (await import('../charts/registry.ts')).CHARTS.map((c) => c.id);
  const pages = await checkPages(root, { ids, chartIds, unreadable });
  problems.push(...pages.problems);
  for (const [collection, n] of pages.unchecked) unchecked.set(collection, (unchecked.get(collection) ?? 0) + n);
  for (const [collection, n] of unchecked) {
    problems.push({
      file: relative(process.cwd(), join(root, collection)) || collection, collection,
      message: `${n} link${n === 1 ? '' : 's'} to ${collection} not checked: part of the collection could not be read (see above); fix that first`,
    });
  }
  return { tree, problems };
}

/** One problem per line: `file:line  collection "id"  field: message`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const entry = p.id ? ` entry "${p.id}"` : '';
  const field = p.field ? ` field "${p.field}"` : '';
  return `${where}: ${p.collection}${entry}${field}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}
