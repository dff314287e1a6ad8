/**
 * How the PDF step moves figures (src/lib/print/floats.ts), in Chromium on a hand-made page: a
 * figure floats within its section only (never past a heading, down or up), up to the top of its
 * page when asked, and a figure in views splits after its lead view into a "(continued)" figure
 * that takes the later views (only those that print), the credit and the notes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { blocksAround, floatFigures, type Float } from '../../src/lib/print/floats.ts';

const PAGE = `<!doctype html><html><body><article class="article">
<h2 id="one">One</h2><p id="a">Alpha, the first paragraph.</p><p id="b">Beta, the <span class="sr-only">Note</span>second.</p>
<figure class="chart" id="fig" data-chart="fig"><h3 class="chart-title">Fig title</h3><p>Its finding.</p>
  <div class="chart-art"><div class="chart-art--wide"><svg id="v1" width="100" height="50"></svg><svg id="wider" width="100" height="50" style="display:none"></svg><svg id="v2" width="100" height="50"></svg></div></div>
  <p class="chart-credit" id="credit">Credit</p></figure>
<p id="c">Gamma, after the figure.</p>
<h2 id="two">Two</h2><p id="d">Delta, in the next section.</p>
</article></body></html>`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => { await browser?.close(); });

/** The article's blocks in order: ids, the continued figure as "rest(<its svgs and credit>)". */
async function order(moves: Float[]): Promise<string[]> {
  await page.setContent(PAGE);
  await page.evaluate(floatFigures, moves);
  return page.evaluate(() => [...document.querySelector('article')!.children].map((el) => el.matches('.chart-continued')
    ? `rest(${el.querySelector('.chart-continued-cue')?.textContent}: ${[...el.querySelectorAll('svg, .chart-credit')].map((e) => e.id).join(' ')})`
    : el.id === 'fig' ? `fig(${[...el.querySelectorAll('svg')].map((e) => e.id).join(' ')})` : el.id));
}

describe('floats stay in their section', () => {
  test('blocks a figure may pass: after it up to the next heading; before it back to its own heading', async () => {
    await page.setContent(PAGE);
    const around = await page.evaluate(blocksAround, 'fig');
    expect(around.after.map((b) => b.tag)).toEqual(['p']);
    expect(around.before.map((b) => b.tag)).toEqual(['p', 'p', 'h2']);
    // the start of a block as printed: letters only, screen-reader text left out
    expect(around.before[0].start).toBe('Betathesecond');
    expect(around.parts).toBe(2);
  });

  test('down: never past the next section heading', async () => {
    expect(await order([{ id: 'fig', past: 3 }])).toEqual(['one', 'a', 'b', 'c', 'fig(v1 wider v2)', 'two', 'd']);
  });

  test('up: to before the blocks of its page, its own heading at most', async () => {
    expect(await order([{ id: 'fig', past: -2 }])).toEqual(['one', 'fig(v1 wider v2)', 'a', 'b', 'c', 'two', 'd']);
    expect(await order([{ id: 'fig', past: -9 }])).toEqual(['fig(v1 wider v2)', 'one', 'a', 'b', 'c', 'two', 'd']);
  });

  test('split: the later views, credit and notes continue after the text that fills the page', async () => {
    expect(await order([{ id: 'fig', past: 1, split: true }])).toEqual(['one', 'a', 'b', 'fig(v1 wider)', 'c', 'rest(Fig title (continued): v2 credit)', 'two', 'd']);
    expect(await order([{ id: 'fig', past: -1, split: true }])).toEqual(['one', 'a', 'fig(v1 wider)', 'b', 'rest(Fig title (continued): v2 credit)', 'c', 'two', 'd']);
    // later views that went on to the next page by themselves: split in place, for the cue
    expect(await order([{ id: 'fig', past: 0, split: true }])).toEqual(['one', 'a', 'b', 'fig(v1 wider)', 'rest(Fig title (continued): v2 credit)', 'c', 'two', 'd']);
  });
});
