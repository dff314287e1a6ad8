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

test('keep-out zones: no label comes near a wall or over a mark, no leader crosses either, and `accept` rules spots out (the strike map’s border, markers and sides)', () => {
  const bounds: Box = { x1: 0, y1: 0, x2: 300, y2: 200 };
  // a wall (a border) just right of the marker, and a second marker just above it
  const wall: [[number, number], [number, number]] = [[112, 0], [112, 200]];
  const other: Box = { x1: 95, y1: 80, x2: 105, y2: 90 };
  const own: Box = { x1: 95, y1: 95, x2: 105, y2: 105 };
  const request: PlaceRequest<string> = {
    key: 'a', x: 100, y: 100, r: 5, own,
    // spots: right of the wall first, then above (over the other marker), then far left on a leader
    alts: [{ w: 40, h: 14, value: 'a', spots: [{ dx: 8, dy: -7, leader: true }, { dx: -20, dy: -25, leader: true }, { dx: -90, dy: -40, leader: true }, { dx: -90, dy: 20, leader: true }] }],
    accept: (b) => b.y1 > 100, // the side test: only spots below the marker's centre
  };
  const [p] = placeLabels([request], bounds, { boxes: [], segments: [], marks: [own, other], walls: { lines: [wall], clearance: 2 } }, 14, { strict: true });
  expect(p.clear).toBe(true);
  expect(p.box.x2 + 2).toBeLessThan(112);
  expect(overlaps(p.box, other)).toBe(false);
  expect(p.box.y1).toBeGreaterThan(100);
  expect(p.spot.dx).toBe(-90);
  expect(p.spot.dy).toBe(20);
  // with nowhere clear, a strict placement reports the label instead of forcing it in
  const blocked = { ...request, accept: () => false };
  const [q] = placeLabels([blocked], bounds, { boxes: [], segments: [], marks: [own, other], walls: { lines: [wall], clearance: 2 } }, 14, { strict: true });
  expect(q.clear).toBe(false);
});

test('byAlt: every label tries its first wording before any tries its second', () => {
  const bounds: Box = { x1: 0, y1: 0, x2: 200, y2: 100 };
  // a's near spot is free; b's near spot is a's far spot. In request order a would take it first.
  const near = (dx: number) => ({ dx, dy: -7, leader: false });
  const a: PlaceRequest<string> = { key: 'a', x: 50, y: 50, r: 4, alts: [{ w: 20, h: 14, value: 'a-near', spots: [near(-30)] }, { w: 20, h: 14, value: 'a-far', spots: [near(40)] }] };
  const b: PlaceRequest<string> = { key: 'b', x: 120, y: 50, r: 4, alts: [{ w: 20, h: 14, value: 'b-near', spots: [near(-30)] }] };
  // a's near spot is blocked, so a falls back to its far spot, which is where b's near one is
  const blocker: Box = { x1: 18, y1: 40, x2: 42, y2: 60 };
  const seq = placeLabels([a, b], bounds, { boxes: [blocker], segments: [] }, 14, { strict: true });
  expect(seq.find((p) => p.key === 'b')!.clear).toBe(false);
  const round = placeLabels([a, b], bounds, { boxes: [blocker], segments: [] }, 14, { strict: true, byAlt: true });
  expect(round.find((p) => p.key === 'b')!.value).toBe('b-near');
  expect(round.find((p) => p.key === 'a')!.clear).toBe(false);
});
