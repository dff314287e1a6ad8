/**
 * Article pages link the site stylesheet cut to what articles can use (src/lib/site/articleCss.mjs,
 * issue 16: every article at most 100 KB before the reader scrolls), and lose nothing by it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/html';

const ARTICLES = ['/what-happened/', '/background/', '/who-are-the-ttp/', '/military-balance/', '/returnees/'];
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const screenCss = (page: string) => [...page.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
/** Class names a stylesheet styles. */
const styled = (css: string) => new Set([...css.matchAll(/\.((?:\\.|[A-Za-z_-])(?:\\.|[\w-])*)/g)].map((m) => m[1].replace(/\\(.)/g, '$1')));

describe('article pages', () => {
  const site = screenCss(html('/'));
  const article = screenCss(html(ARTICLES[0]));

  it('all link one stylesheet of their own, at least 1 KB gzipped smaller than the one other pages link', () => {
    expect(site).toHaveLength(1);
    expect(screenCss(html('/charts/'))).toEqual(site);
    for (const p of ARTICLES) expect(screenCss(html(p)), p).toEqual(article);
    expect(article).toHaveLength(1);
    expect(article[0]).not.toBe(site[0]);
    const [whole, cut] = [site[0], article[0]].map((href) => gz(readFileSync(join(DIST, href), 'utf8')));
    expect(whole - cut).toBeGreaterThanOrEqual(1024);
  });

  it('lose no style: every class an article, its fetched parts or a script can set that the site stylesheet styles, the article stylesheet styles too', () => {
    const whole = styled(readFileSync(join(DIST, site[0]), 'utf8'));
    const cut = styled(readFileSync(join(DIST, article[0]), 'utf8'));
    const texts = ARTICLES.map(html);
    for (const page of [...texts]) for (const m of page.matchAll(/\sdata-src="(\/[^"]+)"/g)) texts.push(readFileSync(join(DIST, m[1]), 'utf8'));
    for (const f of readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'))) texts.push(readFileSync(join(DIST, '_astro', f), 'utf8'));
    // every class of every class attribute (names like aria-[current=page]:underline), and any word a script could set
    const words = new Set(texts.flatMap((t) => [...t.split(/[\s"'`<>=,;{}\\]+/), ...[...t.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/))]));
    const lost = [...whole].filter((c) => words.has(c) && !cut.has(c));
    expect(lost).toEqual([]);
    // and the cut is real: classes of other pages only (the search page's, a record page's) are gone
    expect([...whole].filter((c) => !cut.has(c)).length).toBeGreaterThan(20);
  });
});
