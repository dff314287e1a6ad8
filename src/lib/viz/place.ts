/**
 * Label placement around point marks: each label goes to the first candidate spot beside its
 * marker (then further off, on a leader line) that stays inside the bounds and clears every
 * obstacle (markers, gridline labels, data lines) and every label and leader already placed.
 * Everything placed is kept in a uniform grid of cells, so each candidate is checked only against
 * what lies near it: placement time grows with the number of labels, not with its square.
 */
import type { Box } from './box.ts';

export type Pt = [number, number];
export type Seg = [Pt, Pt];

/** Does the segment from p to q cross the box? (Liang–Barsky clipping.) */
export function segmentHitsBox(p: Pt, q: Pt, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const checks: [number, number][] = [[-dx, p[0] - b.x1], [dx, b.x2 - p[0]], [-dy, p[1] - b.y1], [dy, b.y2 - p[1]]];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) { if (r > t1) return false; if (r > t0) t0 = r; } else { if (r < t0) return false; if (r < t1) t1 = r; }
    }
  }
  return true;
}

function segmentsCross([a, b]: Seg, [c, d]: Seg): boolean {
  const o = (p: Pt, q: Pt, r: Pt) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

const segBox = ([[x1, y1], [x2, y2]]: Seg): Box => ({ x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) });
const hit = (a: Box, b: Box, pad = 0) => a.x1 < b.x2 + pad && b.x1 < a.x2 + pad && a.y1 < b.y2 + pad && b.y1 < a.y2 + pad;

/** A uniform grid of cells over the plane; each item is listed in every cell its box touches. */
export class GridIndex<T> {
  private cells = new Map<number, { box: Box; item: T; seen: number }[]>();
  private cell: number;
  private query = 0;
  constructor(cell = 48) { this.cell = cell; }
  add(box: Box, item: T): void {
    const entry = { box, item, seen: 0 };
    const c = this.cell;
    for (let i = Math.floor(box.x1 / c); i <= Math.floor(box.x2 / c); i++) {
      for (let j = Math.floor(box.y1 / c); j <= Math.floor(box.y2 / c); j++) {
        const k = (i + 4096) * 8192 + (j + 4096);
        const list = this.cells.get(k);
        if (list) list.push(entry); else this.cells.set(k, [entry]);
      }
    }
  }
  /** Calls `fn` once for each item whose box comes within `pad` of `box`, until it returns true. */
  visit(box: Box, pad: number, fn: (box: Box, item: T) => boolean): void {
    const q = ++this.query;
    const c = this.cell;
    for (let i = Math.floor((box.x1 - pad) / c); i <= Math.floor((box.x2 + pad) / c); i++) {
      for (let j = Math.floor((box.y1 - pad) / c); j <= Math.floor((box.y2 + pad) / c); j++) {
        const list = this.cells.get((i + 4096) * 8192 + (j + 4096));
        if (!list) continue;
        for (const e of list) {
          if (e.seen === q || !hit(e.box, box, pad)) continue;
          e.seen = q;
          if (fn(e.box, e.item)) return;
        }
      }
    }
  }
}

/** A label to place: one of `alts` (fullest first), each a block `w` by `h`, beside a marker. */
export interface PlaceRequest<A> {
  key: string;
  /** The marker's centre and half extent. */
  x: number;
  y: number;
  r: number;
  alts: { w: number; h: number; value: A }[];
}

export interface Placed<A> {
  key: string;
  value: A;
  /** The block's box (top-left origin). */
  box: Box;
  leader?: [number, number, number, number];
  /** False when no spot was clear: the least bad one was taken (the tests then fail). */
  clear: boolean;
}

export interface Obstacles {
  boxes: Box[];
  /** Data lines: no label may cross them, and a leader only at a cost. */
  segments: Seg[];
  /** Rules a label may cross at a small cost (its text has a halo). */
  soft?: Seg[];
}

interface Candidate { dx: number; dy: number; leader: boolean; tier: number }

/** Where a block may go, most preferred first: beside the marker, then further off on a leader. */
function candidates(w: number, h: number, r: number, size: number): Candidate[] {
  const g = 3;
  const above = -r - g - h;
  const below = r + g;
  const right = r + g;
  const left = -r - g - w;
  const mid = -size * 0.62; // first line vertically centred on the marker
  const c: Candidate[] = [
    { dx: right, dy: mid, leader: false, tier: 0 },
    { dx: -w / 2, dy: above, leader: false, tier: 0 },
    { dx: left, dy: mid, leader: false, tier: 0 },
    { dx: -w / 2, dy: below, leader: false, tier: 0 },
    { dx: -2, dy: above, leader: false, tier: 0 },
    { dx: 2 - w, dy: above, leader: false, tier: 0 },
    { dx: -2, dy: below, leader: false, tier: 0 },
    { dx: 2 - w, dy: below, leader: false, tier: 0 },
  ];
  for (const k of [1, 2, 3]) {
    const step = size * 1.2 * k;
    c.push(
      { dx: -w / 2, dy: above - step, leader: true, tier: k },
      { dx: -w / 2, dy: below + step, leader: true, tier: k },
      { dx: -2, dy: above - step, leader: true, tier: k },
      { dx: 2 - w, dy: above - step, leader: true, tier: k },
      { dx: -2, dy: below + step, leader: true, tier: k },
      { dx: 2 - w, dy: below + step, leader: true, tier: k },
      { dx: left - size * 1.5 * k, dy: mid, leader: true, tier: k },
      { dx: right + size * 1.5 * k, dy: mid, leader: true, tier: k },
    );
  }
  return c;
}

function leaderFor(req: { x: number; y: number; r: number }, box: Box): [number, number, number, number] {
  const cy = Math.min(Math.max(req.y, box.y1 + 2), box.y2 - 2);
  if (box.x2 < req.x - req.r) return [req.x - req.r - 1, req.y, box.x2 + 1, cy];
  if (box.x1 > req.x + req.r) return [req.x + req.r + 1, req.y, box.x1 - 1, cy];
  const cx = Math.min(Math.max(req.x, box.x1 + 2), box.x2 - 2);
  return box.y2 < req.y ? [req.x, req.y - req.r - 1, cx, box.y2 + 1] : [req.x, req.y + req.r + 1, cx, box.y1 - 1];
}

/**
 * A spot that costs this much collides twice or more: it is not worth telling from worse ones, so
 * checking stops there. This bounds the work per spot where labels crowd (the tests then fail).
 */
const GIVE_UP = 150;

type Item = { kind: 'box' | 'label' | 'seg' | 'soft' | 'leader'; seg?: Seg; own?: string };

/**
 * Places labels greedily in the given order. Labels that find no clear spot are placed first on a
 * second pass; the pass with fewer failures is kept.
 */
export function placeLabels<A>(requests: PlaceRequest<A>[], bounds: Box, obstacles: Obstacles, size: number): Placed<A>[] {
  const fixed = new GridIndex<Item>();
  for (const b of obstacles.boxes) fixed.add(b, { kind: 'box' });
  for (const s of obstacles.segments) fixed.add(segBox(s), { kind: 'seg', seg: s });
  for (const s of obstacles.soft ?? []) fixed.add(segBox(s), { kind: 'soft', seg: s });
  const inside = (b: Box) => b.x1 >= bounds.x1 && b.x2 <= bounds.x2 && b.y1 >= bounds.y1 && b.y2 <= bounds.y2;

  const pass = (order: PlaceRequest<A>[]) => {
    const moving = new GridIndex<Item>();
    const placed: Placed<A>[] = [];
    for (const req of order) {
      let best: { box: Box; c: Candidate; cost: number; value: A } | undefined;
      for (const [ai, alt] of req.alts.entries()) {
        for (const [i, c] of candidates(alt.w, alt.h, req.r, size).entries()) {
          const box = { x1: req.x + c.dx, y1: req.y + c.dy, x2: req.x + c.dx + alt.w, y2: req.y + c.dy + alt.h };
          let cost = i * 0.01 + ai * 0.3 + c.tier * 0.4;
          // a spot is dropped as soon as it costs more than the best so far: in crowded places
          // that is after the first collision, so each spot is checked against a few neighbours
          const limit = Math.min(best?.cost ?? Infinity, GIVE_UP);
          if (cost >= limit) continue;
          if (!inside(box)) cost += 1000;
          const onBox = (b: Box, item: Item) => {
            if (item.kind === 'box' && hit(box, b, 1)) cost += 100;
            else if (item.kind === 'label' && hit(box, b, 2)) cost += 100;
            else if ((item.kind === 'seg' || item.kind === 'leader') && segmentHitsBox(item.seg![0], item.seg![1], box)) cost += 50;
            else if (item.kind === 'soft' && segmentHitsBox(item.seg![0], item.seg![1], box)) cost += 3;
            return cost >= limit;
          };
          fixed.visit(box, 2, onBox);
          if (cost < limit) moving.visit(box, 2, onBox);
          if (c.leader && cost < limit) {
            const l = leaderFor(req, box);
            const seg: Seg = [[l[0], l[1]], [l[2], l[3]]];
            const onLeader = (b: Box, item: Item) => {
              if (item.kind === 'label' && segmentHitsBox(seg[0], seg[1], { x1: b.x1 - 1, y1: b.y1 - 1, x2: b.x2 + 1, y2: b.y2 + 1 })) cost += 50;
              else if (item.kind === 'seg' && segmentsCross(seg, item.seg!)) cost += 20;
              else if (item.kind === 'box') {
                // the leader may leave its own marker, but not cross another
                const own = b.x1 <= req.x && b.x2 >= req.x && b.y1 <= req.y && b.y2 >= req.y;
                if (!own && segmentHitsBox(seg[0], seg[1], b)) cost += 50;
              }
              return cost >= limit;
            };
            fixed.visit(segBox(seg), 1, onLeader);
            if (cost < limit) moving.visit(segBox(seg), 1, onLeader);
          }
          if (cost < limit) best = { box, c, cost, value: alt.value };
        }
      }
      // nowhere clear and every spot past GIVE_UP: the shortest wording beside the marker, moved inside the bounds
      if (!best) {
        const alt = req.alts.at(-1)!;
        const c = candidates(alt.w, alt.h, req.r, size)[0];
        const x1 = Math.min(Math.max(req.x + c.dx, bounds.x1), bounds.x2 - alt.w);
        const y1 = Math.min(Math.max(req.y + c.dy, bounds.y1), bounds.y2 - alt.h);
        best = { box: { x1, y1, x2: x1 + alt.w, y2: y1 + alt.h }, c, cost: GIVE_UP, value: alt.value };
      }
      const { box, c, cost, value } = best;
      const leader = c.leader ? leaderFor(req, box) : undefined;
      moving.add(box, { kind: 'label' });
      if (leader) { const s: Seg = [[leader[0], leader[1]], [leader[2], leader[3]]]; moving.add(segBox(s), { kind: 'leader', seg: s }); }
      placed.push({ key: req.key, value, box, leader, clear: cost < 50 });
    }
    return placed;
  };

  let placed = pass(requests);
  const failed = new Set(placed.filter((p) => !p.clear).map((p) => p.key));
  if (failed.size) {
    const again = pass([...requests.filter((r) => failed.has(r.key)), ...requests.filter((r) => !failed.has(r.key))]);
    if (again.filter((p) => !p.clear).length < failed.size) placed = again;
  }
  const byKey = new Map(placed.map((p) => [p.key, p]));
  return requests.map((r) => byKey.get(r.key)!);
}
