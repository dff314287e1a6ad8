// @ts-check
/**
 * Article pages get the site stylesheet cut to what articles can use (issue 16: "every article page
 * at most 100 KB in total before the reader scrolls"; the "CSS per surface"). The site
 * stylesheet serves every page: the gallery, search, records, the glossary. An article drops a rule
 * only when it can match nothing any article will ever hold (src/lib/embed/pruneCss.ts, the same cut
 * the embeds use): the class names of every article page, of the parts their scripts fetch later
 * (wide artboards, tooltip tables, embed codes: each `data-src`) and of every script the site ships.
 * One stylesheet for all articles, so a reader going from one article to the next fetches it once.
 * Other pages keep the whole stylesheet. Nothing a reader sees changes, on screen or in print.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classTokens, pruneCss } from '../embed/pruneCss.ts';

/** An article page: built by the Article layout (`<article data-page>`). */
export const isArticle = (/** @type {string} */ html) => /<article\b[^>]*\sdata-page\b/.test(html);

const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/**
 * Writes `_astro/article.<hash>.css` and points every article page at it. Throws if articles link
 * different stylesheets (the cut assumes one) or a fetched part named by `data-src` is missing.
 * @param {string} dist
 * @returns {{ articles: number, from: string, to: string, before: number, after: number } | null}
 */
export function writeArticleStylesheet(dist) {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => join(d.parentPath, d.name))
    .filter((file) => isArticle(readFileSync(file, 'utf8')));
  if (!pages.length) return null;
  const htmls = pages.map((file) => readFileSync(file, 'utf8'));
  const links = new Set(htmls.flatMap((html) => [...html.matchAll(LINK)].map((m) => m[1])));
  if (links.size !== 1) throw new Error(`article stylesheet: articles link ${links.size} screen stylesheets (${[...links].join(', ')}), expected one`);
  const [from] = links;
  const fetched = [...new Set(htmls.flatMap((html) => [...html.matchAll(/\sdata-src="(\/[^"]+)"/g)].map((m) => m[1])))]
    .map((src) => readFileSync(join(dist, src), 'utf8'));
  const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, '_astro', f), 'utf8'));
  const css = readFileSync(join(dist, from), 'utf8');
  const cut = pruneCss(css, classTokens([...htmls, ...fetched, ...scripts]));
  const to = `/_astro/article.${createHash('sha256').update(cut).digest('hex').slice(0, 8)}.css`;
  writeFileSync(join(dist, to), cut);
  pages.forEach((file, i) => writeFileSync(file, htmls[i].replace(`<link rel="stylesheet" href="${from}">`, `<link rel="stylesheet" href="${to}">`)));
  return { articles: pages.length, from, to, before: css.length, after: cut.length };
}

/** Astro integration: cuts the articles' stylesheet once the pages exist. */
export function articleStylesheet() {
  return {
    name: 'article-stylesheet',
    hooks: {
      /** @param {{ dir: URL, logger: { info(m: string): void } }} options */
      'astro:build:done': ({ dir, logger }) => {
        const r = writeArticleStylesheet(fileURLToPath(dir));
        if (r) logger.info(`${r.articles} articles link ${r.to} (${r.after} of ${r.before} bytes of ${r.from})`);
      },
    },
  };
}
