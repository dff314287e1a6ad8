/**
 * Astro content-layer loader for one collection. All collections share one validation run of
 * the whole content folder, so a broken file stops the build with every problem listed once.
 */
import { stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { ContentError, loadContent, type LoadResult } from './load.ts';
import { PAGES_DIR } from './pages.ts';

let cached: { fingerprint: string; result: Promise<LoadResult> } | undefined;

/** Changes whenever a content file is added, removed or edited (so `astro dev` reloads). */
async function fingerprint(root: string): Promise<string> {
  // The root's own listing too: a folder added beside the collections is an error to report.
  const parts: string[] = [(await readdir(root).catch(() => [] as string[])).sort().join(',')];
  for (const name of [...COLLECTIONS, PAGES_DIR]) {
    const dir = join(root, name);
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const f of files.sort()) {
      const s = await stat(join(dir, f));
      parts.push(`${name}/${f}:${s.size}:${s.mtimeMs}`);
    }
  }
  return parts.join('|');
}

async function validatedContent(root: string): Promise<LoadResult> {
  const fp = await fingerprint(root);
  if (cached?.fingerprint !== fp) cached = { fingerprint: fp, result: loadContent(root) };
  return cached.result;
}

export function yamlCollection(name: CollectionName, root: string): Loader {
  return {
    name: `yaml-${name}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      watcher?.add(join(root, name));
      watcher?.add(join(root, PAGES_DIR));
      const { tree, problems } = await validatedContent(root);
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const entry of tree[name]) {
        const data = await parseData({ id: entry.id, data: entry.raw, filePath: entry.file });
        store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(entry.raw) });
      }
    },
  };
}

/**
 * The MDX pages, loaded by Astro's own glob loader, but only after the whole content folder
 * passed the check: otherwise Astro's front matter parser would stop the build first, with a
 * stack trace and line 0, instead of the check's list of every problem.
 */
export function pagesCollection(root: string): Loader {
  const inner = glob({ pattern: '*.mdx', base: join(root, PAGES_DIR) });
  return {
    name: 'checked-pages',
    load: async (context) => {
      const { problems } = await validatedContent(root);
      if (problems.length > 0) throw new ContentError(problems);
      return inner.load(context);
    },
  };
}
