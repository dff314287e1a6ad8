/**
 * Issue 16: "every article page at most 100 KB in total before the reader scrolls (fonts
 * included)", measured as `npm run bench` measures it (scripts/bench/bytes.ts: every request of a
 * cold load at 412×823, gzip -9 for text), against the bench's own limit. Bytes, unlike timings,
 * do not depend on how busy the machine is, so this one is a test.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { measureBytes } from '../../scripts/bench/bytes.ts';
import { listPages } from '../../scripts/bench/pages.ts';
import { ARTICLE_TOTAL_LIMIT } from '../../scripts/bench/targets.ts';

const DIST = process.env.CHART_DIST ?? 'dist';
let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic(DIST); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

test('every article page is at most 100 KB in total before the reader scrolls, fonts included', async () => {
  const articles = (await listPages(DIST, 0)).filter((p) => p.article);
  expect(articles.length).toBeGreaterThan(3);
  const totals: Record<string, number> = {};
  for (const p of articles) {
    const bytes = await measureBytes(browser, site.url.replace('127.0.0.1', 'localhost'), p, DIST);
    expect(bytes.requests.filter((r) => r.failure || (r.status ?? 0) >= 400), p.path).toEqual([]);
    totals[p.path] = bytes.total.gz;
  }
  const over = Object.entries(totals).filter(([, gz]) => gz > ARTICLE_TOTAL_LIMIT);
  // which page, and by how much: 1 B over still prints as 100.0 KB
  expect(over.map(([path, gz]) => `${path}: ${(gz / 1024).toFixed(1)} KB, ${gz - ARTICLE_TOTAL_LIMIT} B over ${ARTICLE_TOTAL_LIMIT / 1024} KB`), JSON.stringify(totals)).toEqual([]);
}, 120_000);
