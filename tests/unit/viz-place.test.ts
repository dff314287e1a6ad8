/** The kit's label placer (src/lib/viz/place.ts): clear spots when there are some, inside the bounds always, in about linear time. */
import { expect, test } from 'vitest';
import { overlaps, type Box } from '../../src/lib/viz/box.ts';
import { GridIndex, placeLabels, segmentHitsBox, type PlaceRequest } from '../../src/lib/viz/place.ts';

const req = (key: string, x: number, y: number, w = 40): PlaceRequest<string> => ({ key, x, y, r: 4, alts: [{ w, h: 13.5, value: key }] });

test('the grid index finds exactly the items near a box, each once', () => {
  const g = new GridIndex<string>(10);
  g.add({ x1: 0, y1: 0, x2: 35, y2: 5 }, 'long');
  g.add({ x1: 100, y1: 100, x2: 105, y2: 105 }, 'far');
  const seen: string[] = [];
  g.visit({ x1: 20, y1: 0, x2: 30, y2: 3 }, 0, (_, item) => { seen.push(item); return false; });
  expect(seen).toEqual(['long']);
});

test('labels around crowded points never overlap each other, a marker or a line, and stay inside the bounds', () => {
  const bounds: Box = { x1: 0, y1: 0, x2: 400, y2: 300 };
  const pts = Array.from({ length: 12 }, (_, i) => [30 + i * 30, 150 + (i % 3) * 12] as [number, number]);
  const segs = pts.slice(1).map((p, i) => [pts[i], p] as [[number, number], [number, number]]);
  const markers = pts.map(([x, y]) => ({ x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 }));
  const placed = placeLabels(pts.map(([x, y], i) => req(`p${i}`, x, y)), bounds, { boxes: markers, segments: segs }, 13.5);
  expect(placed.every((p) => p.clear)).toBe(true);
  for (const [i, p] of placed.entries()) {
    expect(p.box.x1 >= 0 && p.box.x2 <= 400 && p.box.y1 >= 0 && p.box.y2 <= 300).toBe(true);
    for (const o of placed.slice(i + 1)) expect(overlaps(p.box, o.box)).toBe(false);
    for (const m of markers) expect(overlaps(p.box, m)).toBe(false);
    for (const [a, b] of segs) expect(segmentHitsBox(a, b, p.box)).toBe(false);
  }
});

test('where nothing is clear, a label still lands inside the bounds, flagged as not clear', () => {
  const bounds: Box = { x1: 0, y1: 0, x2: 60, y2: 30 };
  const placed = placeLabels([req('a', 30, 15, 50), req('b', 30, 15, 50), req('c', 30, 15, 50)], bounds, { boxes: [], segments: [] }, 13.5);
  expect(placed.some((p) => !p.clear)).toBe(true);
  for (const p of placed) expect(p.box.x1 >= 0 && p.box.x2 <= 60 && p.box.y1 >= 0 && p.box.y2 <= 30, p.key).toBe(true);
});
