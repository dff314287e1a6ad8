// @ts-check
/**
 * Full-text search index, written by Pagefind into dist/pagefind/ once the pages exist. Indexes
 * the regions marked data-pagefind-body (explainer pages, claim and figure pages, the charts) and
 * adds every source and glossary term as its own record. Any indexing error fails the build.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecords } from './searchRecords.mjs';

/** @param {string} dist */
export async function buildSearchIndex(dist) {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // Embed code, navigation and chart drawings repeat what the text and data tables already say.
    excludeSelectors: ['.chart-tools', 'textarea', 'nav', 'svg', '.no-search'],
  });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  const problems = [...errors];
  try {
    const dir = await index.addDirectory({ path: dist });
    problems.push(...dir.errors);
    if (dir.page_count < 10) problems.push(`only ${dir.page_count} pages indexed`);
    const read = (/** @type {string} */ name) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8'));
    const people = existsSync(join(dist, 'whos-who', 'index.html')) ? read('actors') : undefined;
    for (const rec of searchRecords(read('glossary'), read('sources'), people)) problems.push(...(await index.addCustomRecord(rec)).errors);
    problems.push(...(await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
    if (problems.length) throw new Error(`search index: ${problems.join('; ')}`);
    // The site has its own search page: Pagefind's ready-made interfaces would only be dead weight.
    for (const f of readdirSync(join(dist, 'pagefind'))) if (/-ui\.(js|css)$|highlight\.js$/.test(f)) rmSync(join(dist, 'pagefind', f));
    return dir.page_count;
  } finally {
    await pagefind.close();
  }
}

export function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      /** @param {{ dir: URL, logger: { info(m: string): void } }} options */
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(decodeURIComponent(dir.pathname));
        logger.info(`search: ${pages} pages indexed into pagefind/`);
      },
    },
  };
}
