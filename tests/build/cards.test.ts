/** Social cards: every page's og:image is a built 1200×630 PNG, small, with a text alternative; rendering is deterministic. */
import { expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, htmlPaths, page } from '../helpers/html.ts';
import { buildCards } from '../../scripts/cards/build-cards.ts';
import { cardSvg, textWidth, wrap } from '../../src/lib/cards/svg.ts';
import { pageCard } from '../../src/lib/cards/specs.ts';
import { parse } from 'node-html-parser';

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

/** The lead views' sizes (CSS px) of the five charts at desktop width, and a tall and a wide extreme. */
const VIEWS = [[720, 814], [720, 560], [960, 470], [720, 322], [720, 469], [720, 1400], [1600, 300]];

test.each(VIEWS.flatMap(([w, h]) => [['chart', w, h], ['page', w, h]] as const))('a %s card (view %i×%i) shows the title and the whole chart, uncropped, clear of the text', (kind, width, height) => {
  const title = 'Who says how many died in the fighting';
  const page = kind === 'page';
  const svg = parse(cardSvg({ kicker: page ? 'What happened' : '', title, standfirst: 'Killed and wounded, by whose losses and by who gives the figure', image: { href: '/cards/art/x.png', width, height, title: page ? 'Who says how many died' : undefined }, sourceLine: 'Sources: UNAMA, Pakistan’s military, Afghanistan’s Taliban authorities', dataDate: '8 April 2026', credit: 'Credit' }));
  const texts = svg.querySelectorAll('text').map((t) => ({ y: Number(t.getAttribute('y')), size: Number(t.getAttribute('font-size')), text: t.text }));
  expect(texts.map((t) => t.text).join(' ')).toContain(title);
  if (page) expect(texts.map((t) => t.text)).toContain('Who says how many died');
  const [img] = svg.querySelectorAll('image');
  const box = { x: Number(img.getAttribute('x')), y: Number(img.getAttribute('y')), w: Number(img.getAttribute('width')), h: Number(img.getAttribute('height')) };
  // not cropped: no "slice", and the box has the chart's own shape, so "meet" fills it exactly
  expect(img.getAttribute('preserveAspectRatio') ?? '').not.toMatch(/slice/);
  expect(box.w / box.h).toBeCloseTo(width / height, 2);
  // on the card, above the foot's rule
  const rule = Number(svg.querySelector('line')!.getAttribute('y1'));
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.w).toBeLessThanOrEqual(1200);
  expect(box.y).toBeGreaterThanOrEqual(10);
  expect(box.y + box.h).toBeLessThan(rule);
  // no text line runs into the chart: each is above, below, or in a column beside it
  for (const t of texts) {
    const [top, bottom] = [t.y - t.size, t.y + t.size * 0.3];
    const beside = svg.querySelectorAll('text').find((e) => e.text === t.text)!;
    const x = Number(beside.getAttribute('x'));
    const clearVertically = bottom <= box.y || top >= box.y + box.h;
    expect(clearVertically || x + textWidth(t.text, t.size) <= box.x || beside.getAttribute('text-anchor') === 'end' && x <= box.x, `${t.text} overlaps the chart`).toBe(true);
  }
  // as large as the card allows: at least half its size, whatever its shape
  expect(Math.max(box.w / 1072, box.h / 430)).toBeGreaterThan(0.5);
});

test('a page card drawing the page’s chart names the chart’s originators, not the outlets the page cites', async () => {
  const svg = await pageCard({ kicker: 'Military balance', title: 'How the forces compare', standfirst: 'S', chart: { id: 'force-balance', title: 'How the two militaries compare', sourceLine: 'Sources: IISS, The Week, SIPRI' } }, ['Moneycontrol (based on Reuters/IISS factbox)', 'News9 Live'], '2026-04-08').text();
  expect(svg).toContain('Sources: IISS, The Week, SIPRI');
  expect(svg).not.toContain('News9 Live');
});

test('a chart card draws chart text at 12 px or more: a tall chart shows the top of its lead view, cut between rows, and says where the whole chart is (issue 13: the casualty card drew 7.7 px)', async () => {
  const svgLib = await import('../../src/lib/cards/svg.ts');
  const readableHeight = (svgLib as Record<string, unknown>).readableHeight as undefined | ((...a: unknown[]) => { height: number; textPx: number });
  expect(readableHeight, 'the card layout chooses a readable part').toBeTypeOf('function');
  const title = 'Who says how many died';
  const sourceLine = 'Sources: Pakistan’s government, TOLOnews, UNAMA, Pakistan’s military, Afghan forces, Afghanistan’s Taliban authorities, UN';
  // casualty claims' lead view at desktop width: 720 × 792 units, 13.5-unit text, rows every 18 units
  const cuts = Array.from({ length: 43 }, (_, i) => 18 * (i + 1));
  const fit = readableHeight!(title, { width: 720, height: 792 }, 13.5, cuts, sourceLine);
  expect(fit.height).toBeLessThan(792);
  expect(cuts).toContain(fit.height);
  expect(fit.textPx).toBeGreaterThanOrEqual(12);
  const svg = parse(cardSvg({ kicker: '', title, image: { href: '/cards/art/x.png', width: 720, height: fit.height, more: 'The whole chart: example.org/what-happened/#casualty-claims' } as never, sourceLine, dataDate: '8 April 2026', credit: 'Credit' }));
  const img = svg.querySelector('image')!;
  expect((Number(img.getAttribute('width')) / 720) * 13.5, 'chart text on the card').toBeGreaterThanOrEqual(12);
  const more = svg.querySelectorAll('text').find((t) => t.text.startsWith('The whole chart'));
  expect(more, 'the card sends readers to the whole chart').toBeDefined();
  const rule = Number(svg.querySelector('line')!.getAttribute('y1'));
  expect(Number(more!.getAttribute('y'))).toBeGreaterThan(Number(img.getAttribute('y')) + Number(img.getAttribute('height')));
  expect(Number(more!.getAttribute('y'))).toBeLessThan(rule);
  // a chart whose text already reads at 12 px is shown whole
  expect(readableHeight!(title, { width: 960, height: 470 }, 13.5, cuts, sourceLine).height).toBe(470);
});
