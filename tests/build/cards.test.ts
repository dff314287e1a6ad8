/** Social cards: every page's og:image is a built 1200×630 PNG, small, with a text alternative; rendering is deterministic. */
import { expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, htmlPaths, page } from '../helpers/html.ts';
import { buildCards } from '../../scripts/cards/build-cards.ts';
import { cardSvg, wrap } from '../../src/lib/cards/svg.ts';

const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
};

test('every page names a built 1200×630 PNG card under 250 KB (text cards about 60 KB), with og:image:alt', () => {
  const cards = new Set<string>();
  for (const path of htmlPaths()) {
    const doc = page(path);
    const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    const file = join(DIST, new URL(image).pathname);
    expect(existsSync(file), `${path}: ${image}`).toBe(true);
    expect((doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '').length, path).toBeGreaterThan(20);
    cards.add(file);
  }
  for (const file of cards) {
    const { width, height, bytes } = pngSize(file);
    expect([width, height], file).toEqual([1200, 630]);
    expect(bytes, file).toBeLessThan(250_000);
  }
  expect(cards.size).toBeGreaterThan(300);
});

test('claim pages, charts and explainer pages each have their own card; chart cards are described by the chart', () => {
  expect(page('/claims/pk-ispr-2026-02-27-afghan-killed-274/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/\/cards\/claims\/pk-ispr-2026-02-27-afghan-killed-274\.png$/);
  expect(page('/what-happened/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/\/cards\/pages\/what-happened\.png$/);
  const embed = page('/embed/force-balance/');
  expect(embed.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/\/cards\/charts\/force-balance\.png$/);
  expect(embed.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toContain('How the two militaries compare');
});

test('the same card source gives the same PNG bytes; the card text wraps and is cut with an ellipsis', async () => {
  const render = async () => {
    const dist = mkdtempSync(join(tmpdir(), 'cards-'));
    mkdirSync(join(dist, 'cards'));
    writeFileSync(join(dist, 'cards', 'x.svg'), cardSvg({ kicker: 'Claim · Someone', title: 't', figure: { value: 'at least 274', what: 'killed: fighters', quote: 'they said at least 274 were killed' }, sourceLine: 'Source: X', dataDate: '16 March 2026', credit: 'Credit' }));
    await buildCards(dist);
    expect(existsSync(join(dist, 'cards', 'x.svg')), 'the source is removed').toBe(false);
    return readFileSync(join(dist, 'cards', 'x.png'));
  };
  const [a, b] = [await render(), await render()];
  expect(a.equals(b)).toBe(true);
  expect(wrap('one two three four five six seven', 20, 60, 2)).toHaveLength(2);
  expect(wrap('one two three four five six seven', 20, 60, 2).at(-1)).toMatch(/…$/);
});
