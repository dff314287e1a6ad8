/**
 * Label placement around point marks: each label goes to the first candidate spot beside its
 * marker (then further off, on a leader line) that stays inside the bounds and clears every
 * obstacle (markers, gridline labels, data lines) and every label and leader already placed.
 * Everything placed is kept in a uniform grid of cells, so each candidate is checked only against
 * what lies near it: placement time grows with the number of labels, not with its square.
 *
 * A chart may also give each wording its own spots (in order of preference), keep-out zones that
 * neither a label nor a leader may enter (`marks`, `walls`: a map's markers and its border), a test
 * each spot must pass (`accept`: a name stays on its own side of a border), and ask for no
 * collision at all (`strict`): a label with no clear spot is then reported, not forced in.
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

/** Whether two segments cross or touch. */
export function segmentsCross([a, b]: Seg, [c, d]: Seg): boolean {
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

/**
 * Where a block may go: its top-left corner relative to the marker's centre, whether it hangs on a
 * leader there, and (for the caller) the text anchor it is drawn with.
 */
export interface Spot { dx: number; dy: number; leader: boolean; tier?: number; anchor?: 'start' | 'middle' | 'end' }

/** One wording of a label: a block `w` by `h`. */
export interface Alt<A> {
  w: number;
  h: number;
  value: A;
  /** Its own spots, most preferred first (default: beside the marker, then out on leaders); a function is called only when the alt is tried. */
  spots?: Spot[] | (() => Spot[]);
  /** Room wanted around it (a lone number must not read as part of a neighbour), given up only where no spot has it. */
  room?: number;
  /** As a last resort its leader may cross other labels and leaders (never a mark or a wall). */
  leaderMayCross?: boolean;
}

/** A label to place: one of `alts` (fullest first), beside a marker. */
export interface PlaceRequest<A> {
  key: string;
  /** The marker's centre and half extent. */
  x: number;
  y: number;
  r: number;
  alts: Alt<A>[];
  /**
   * The marker's own box, where it is not a circle of radius `r`: the label never overlaps it, and
   * a leader runs from its edge toward the label's centre (`leaderBetween`).
   */
  own?: Box;
  /** A test each spot must also pass (e.g. the text stays on its place's side of a border). */
  accept?: (box: Box) => boolean;
}

export interface Placed<A> {
  key: string;
  value: A;
  /** Which of the request's alts was placed, and at which spot. */
  alt: number;
  spot: Spot;
  /** The block's box (top-left origin). */
  box: Box;
  leader?: [number, number, number, number];
  /** False when no spot was clear: the least bad one was taken (the tests then fail); under `strict`, nothing was placed. */
  clear: boolean;
}

export interface Obstacles {
  boxes: Box[];
  /** Data lines: no label may cross them, and a leader only at a cost. */
  segments: Seg[];
  /** Rules a label may cross at a small cost (its text has a halo). */
  soft?: Seg[];
  /** Markers: no label may overlap one, and no leader cross one but its own marker (`own`, or the one at its centre). */
  marks?: Box[];
  /** Lines nothing may cross (a border): no label comes within `clearance` of them, and no leader crosses them. */
  walls?: { lines: Seg[]; clearance: number };
}

export interface PlaceOptions {
  /** Never accept a collision: a label with no clear spot is left out (returned with `clear: false`). */
  strict?: boolean;
  /** Every label tries its first alt before any tries its second (a far name never takes the room of another's near name). */
  byAlt?: boolean;
  /** Space kept between two labels (default 2). */
  apart?: number;
}


/** Where a block may go, most preferred first: beside the marker, then further off on a leader. */
function candidates(w: number, h: number, r: number, size: number): Spot[] {
  const g = 3;
  const above = -r - g - h;
  const below = r + g;
  const right = r + g;
  const left = -r - g - w;
  const mid = -size * 0.62; // first line vertically centred on the marker
  const c: Spot[] = [
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

/**
 * The leader from the edge of `marker` to the edge of `box`, along the line between their centres;
 * undefined when the two nearly touch (the label then reads as the marker's).
 */
export function leaderBetween(marker: Box, box: Box): [number, number, number, number] | undefined {
  const [mx, my] = [(marker.x1 + marker.x2) / 2, (marker.y1 + marker.y2) / 2];
  const dx = (box.x1 + box.x2) / 2 - mx;
  const dy = (box.y1 + box.y2) / 2 - my;
  // fraction of the centre-to-centre line at which it leaves a box of half-size (hw, hh)
  const exit = (hw: number, hh: number) => Math.min(Math.abs(hw / (dx || 1e-9)), Math.abs(hh / (dy || 1e-9)));
  const t0 = exit((marker.x2 - marker.x1) / 2, (marker.y2 - marker.y1) / 2);
  const t1 = 1 - exit((box.x2 - box.x1) / 2, (box.y2 - box.y1) / 2);
  if ((t1 - t0) * Math.hypot(dx, dy) < 5) return undefined;
  const r = Math.round;
  return [r(mx + dx * t0), r(my + dy * t0), r(mx + dx * t1), r(my + dy * t1)];
}

function leaderOf(req: PlaceRequest<unknown>, box: Box, spot: Spot): [number, number, number, number] | undefined {
  if (!spot.leader) return undefined;
  return req.own ? leaderBetween(req.own, box) : leaderFor(req, box);
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

type Item = { kind: 'box' | 'label' | 'seg' | 'soft' | 'leader' | 'mark' | 'wall'; seg?: Seg };

/** What a spot costs beyond its rank: a collision 100, a leader across a line 20 or across text 50. */
const CLASH = 50;
/** A spot without the room its alt wants: worse than any clear spot with it, better than a clash. */
const NO_ROOM = 5;
/** A last-resort leader across other text (`leaderMayCross`). */
const CROSSING = 10;

/**
 * Places labels greedily in the given order. Labels that find no clear spot are placed first on a
 * second pass (unless `strict`); the pass with fewer failures is kept.
 */
export function placeLabels<A>(requests: PlaceRequest<A>[], bounds: Box, obstacles: Obstacles, size: number, options: PlaceOptions = {}): Placed<A>[] {
  const fixed = new GridIndex<Item>();
  for (const b of obstacles.boxes) fixed.add(b, { kind: 'box' });
  for (const b of obstacles.marks ?? []) fixed.add(b, { kind: 'mark' });
  for (const s of obstacles.segments) fixed.add(segBox(s), { kind: 'seg', seg: s });
  for (const s of obstacles.soft ?? []) fixed.add(segBox(s), { kind: 'soft', seg: s });
  for (const s of obstacles.walls?.lines ?? []) fixed.add(segBox(s), { kind: 'wall', seg: s });
  const wallPad = obstacles.walls?.clearance ?? 0;
  const inside = (b: Box) => b.x1 >= bounds.x1 && b.x2 <= bounds.x2 && b.y1 >= bounds.y1 && b.y2 <= bounds.y2;
  const limitOf = options.strict ? CLASH : GIVE_UP;
  const apart = options.apart ?? 2;

  /** The cheapest spot of the given alts, or undefined when every spot is ruled out or costs `limitOf` or more. */
  const search = (req: PlaceRequest<A>, moving: GridIndex<Item>, alts: number[]) => {
    let best: { box: Box; c: Spot; cost: number; ai: number } | undefined;
    const ownAt = (b: Box) => (req.own ? b === req.own : b.x1 <= req.x && b.x2 >= req.x && b.y1 <= req.y && b.y2 >= req.y);
    // the spot being checked; the checks below are made once per search, not once per spot
    let box: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };
    let cost = 0;
    let limit = 0;
    let out = false;
    let room = 0;
    let tight = false;
    let seg: Seg = [[0, 0], [0, 0]];
    let across = 50;
    let l: [number, number, number, number] | undefined;
    const onBox = (b: Box, item: Item) => {
      if (item.kind === 'wall') { if (segmentHitsBox(item.seg![0], item.seg![1], grow(box, wallPad))) out = true; }
      else if (item.kind === 'mark') { if (!(req.own && ownAt(b)) && hit(box, b, 1)) cost += 100; }
      else if (item.kind === 'box' && hit(box, b, 1)) cost += 100;
      else if (item.kind === 'label' && hit(box, b, apart)) cost += 100;
      else if ((item.kind === 'seg' || item.kind === 'leader') && segmentHitsBox(item.seg![0], item.seg![1], box)) cost += 50;
      else if (item.kind === 'soft' && segmentHitsBox(item.seg![0], item.seg![1], box)) cost += 3;
      return out || cost >= limit;
    };
    const near = (b: Box, item: Item) => (tight = item.seg ? segmentHitsBox(item.seg[0], item.seg[1], grow(box, room)) : !(item.kind === 'mark' && ownAt(b)) && hit(box, b, room));
    const onLeader = (b: Box, item: Item) => {
      if (item.kind === 'wall') { if (segmentsCross(seg, item.seg!)) out = true; }
      else if (item.kind === 'mark') { if (!ownAt(b) && segmentHitsBox(seg[0], seg[1], b)) out = true; }
      else if (item.kind === 'label' && segmentHitsBox(seg[0], seg[1], grow(b, 1))) cost += across;
      else if (item.kind === 'leader' && segmentsCross(seg, item.seg!)) cost += across;
      else if (item.kind === 'seg' && segmentsCross(seg, item.seg!)) cost += 20;
      // the leader may leave its own marker, but not cross another
      else if (item.kind === 'box' && !ownAt(b) && segmentHitsBox(seg[0], seg[1], b)) cost += req.own ? across : 50;
      return out || cost >= limit;
    };
    for (const ai of alts) {
      const alt = req.alts[ai];
      // the default spots cost by index and tier; a chart's own, by rank alone (all below the next alt's)
      const own = typeof alt.spots === 'function' ? alt.spots() : alt.spots;
      const spots: Spot[] = own ?? candidates(alt.w, alt.h, req.r, size);
      room = alt.room ?? 0;
      across = alt.leaderMayCross ? CROSSING : 50;
      for (let i = 0; i < spots.length; i++) {
        const c = spots[i];
        cost = (own ? (i / spots.length) * 0.29 : i * 0.01 + (c.tier ?? 0) * 0.4) + ai * 0.3;
        // a spot is dropped as soon as it costs more than the best so far: in crowded places
        // that is after the first collision, so each spot is checked against a few neighbours
        limit = Math.min(best?.cost ?? Infinity, limitOf);
        if (cost >= limit) continue;
        box = { x1: req.x + c.dx, y1: req.y + c.dy, x2: req.x + c.dx + alt.w, y2: req.y + c.dy + alt.h };
        if (!inside(box)) cost += 1000;
        if (req.own && hit(box, req.own, 0)) continue;
        out = false;
        l = leaderOf(req, box, c);
        fixed.visit(box, Math.max(2, wallPad), onBox);
        if (!out && cost < limit) moving.visit(box, 2, onBox);
        if (out) continue;
        if (room && cost < limit) {
          tight = false;
          fixed.visit(box, room, near);
          if (!tight) moving.visit(box, room, near);
          if (tight) cost += NO_ROOM;
        }
        if (l && cost < limit) {
          seg = [[l[0], l[1]], [l[2], l[3]]];
          fixed.visit(segBox(seg), 1, onLeader);
          if (!out && cost < limit) moving.visit(segBox(seg), 1, onLeader);
          if (out) continue;
        }
        // the chart's own test last: it may be the dearest (a point-in-country lookup)
        if (cost < limit && req.accept && !req.accept(box)) continue;
        if (cost < limit) best = { box, c, cost, ai };
      }
    }
    return best;
  };

  const pass = (order: PlaceRequest<A>[]) => {
    const moving = new GridIndex<Item>();
    const placed = new Map<string, Placed<A>>();
    const keep = (req: PlaceRequest<A>, found: { box: Box; c: Spot; cost: number; ai: number }) => {
      const { box, c, cost, ai } = found;
      const leader = leaderOf(req, box, c);
      moving.add(box, { kind: 'label' });
      if (leader) { const s: Seg = [[leader[0], leader[1]], [leader[2], leader[3]]]; moving.add(segBox(s), { kind: 'leader', seg: s }); }
      placed.set(req.key, { key: req.key, value: req.alts[ai].value, alt: ai, spot: c, box, leader, clear: cost < CLASH });
    };
    if (options.byAlt) {
      const most = Math.max(0, ...order.map((r) => r.alts.length));
      for (let ai = 0; ai < most; ai++) {
        for (const req of order) {
          if (placed.has(req.key) || ai >= req.alts.length) continue;
          const found = search(req, moving, [ai]);
          if (found && found.cost < CLASH) keep(req, found);
        }
      }
    }
    for (const req of order) {
      if (placed.has(req.key)) continue;
      const found = search(req, moving, req.alts.map((_, i) => i));
      if (found) { keep(req, found); continue; }
      const alt = req.alts.at(-1)!;
      const c: Spot = (typeof alt.spots === 'function' ? alt.spots() : alt.spots)?.[0] ?? candidates(alt.w, alt.h, req.r, size)[0];
      if (options.strict) {
        // nothing placed: reported, so the caller can say so (a number in a key, an error)
        placed.set(req.key, { key: req.key, value: alt.value, alt: req.alts.length - 1, spot: c, box: { x1: req.x, y1: req.y, x2: req.x, y2: req.y }, clear: false });
        continue;
      }
      // nowhere clear and every spot past GIVE_UP: the shortest wording beside the marker, moved inside the bounds
      const x1 = Math.min(Math.max(req.x + c.dx, bounds.x1), bounds.x2 - alt.w);
      const y1 = Math.min(Math.max(req.y + c.dy, bounds.y1), bounds.y2 - alt.h);
      keep(req, { box: { x1, y1, x2: x1 + alt.w, y2: y1 + alt.h }, c, cost: GIVE_UP, ai: req.alts.length - 1 });
    }
    return order.map((r) => placed.get(r.key)!);
  };

  let placed = pass(requests);
  const failed = new Set(placed.filter((p) => !p.clear).map((p) => p.key));
  // under `strict` the caller hears which labels found no room and has its own fallback (a key)
  if (failed.size && !options.strict) {
    const again = pass([...requests.filter((r) => failed.has(r.key)), ...requests.filter((r) => !failed.has(r.key))]);
    if (again.filter((p) => !p.clear).length < failed.size) placed = again;
  }
  const byKey = new Map(placed.map((p) => [p.key, p]));
  return requests.map((r) => byKey.get(r.key)!);
}

const grow = (b: Box, d: number): Box => ({ x1: b.x1 - d, y1: b.y1 - d, x2: b.x2 + d, y2: b.y2 + d });
