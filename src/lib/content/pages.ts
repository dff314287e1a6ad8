/**
 * Checks the explainer pages (`content/pages/*.mdx`) the way the data collections are checked:
 * front matter against its schema, every figure element against the collections, and no file
 * that would be silently skipped. Astro renders the pages; this pass makes broken ones fail
 * the build with the file and line.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { makePageSchema } from '../../schemas/pages.ts';
import { checkCitations } from './citations.ts';
import type { Problem } from './load.ts';

export const PAGES_DIR = 'pages';

/** Splits `---` front matter from the body; `bodyLine` is the 0-based line the body starts at. */
export function splitFrontMatter(text: string): { front: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return undefined;
  return { front: m[1], body: text.slice(m[0].length), bodyLine: m[0].split('\n').length - 1 };
}

/** `ids` holds every entry id per collection, valid or not, so a broken record is reported once, where it is. */
export async function checkPages(root: string, ids: Map<string, Set<string>>): Promise<Problem[]> {
  const dir = join(root, PAGES_DIR);
  const items = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const problems: Problem[] = [];
  const schema = makePageSchema();
  const orders = new Map<number, string>();
  for (const item of items.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(dir, item.name);
    if (!item.isFile() || extname(item.name) !== '.mdx' || item.name.startsWith('.')) {
      problems.push({ file, collection: 'pages', message: 'only .mdx files are read here: this would be ignored, so move or rename it' });
      continue;
    }
    const parts = splitFrontMatter(await readFile(file, 'utf8'));
    if (!parts) {
      problems.push({ file, line: 1, collection: 'pages', message: 'front matter missing: start the file with --- and the page fields' });
      continue;
    }
    const parsed = schema.safeParse(parseYaml(parts.front) ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: 1, collection: 'pages', field: issue.path.join('.') || undefined, message: issue.message });
      }
    } else {
      const other = orders.get(parsed.data.order);
      if (other) problems.push({ file, line: 1, collection: 'pages', field: 'order', message: `order ${parsed.data.order} is also used by ${other}` });
      orders.set(parsed.data.order, file);
    }
    problems.push(...checkCitations(file, parts.body, (c, id) => ids.get(c)?.has(id) ?? false, parts.bodyLine));
  }
  return problems;
}
