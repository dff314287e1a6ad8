/**
 * strike-map label placement: a deterministic greedy placer. Each label tries a fixed list of
 * positions around its marker, in order; the first that stays inside the bounds and touches no
 * placed label or obstacle wins. A label with no free position is reported as unplaced, so the
 * caller can number it and list it in a key: nothing is dropped.
 */

import { textWidth as kitWidth } from '../../viz/text.ts';

export interface Box { x0: number; y0: number; x1: number; y1: number }

/** Chart text width from the kit's table of the chart font's advance widths (bold: weight 650). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return kitWidth(text, fontSize, bold ? 650 : 400);
}

/** Uppercase, letter-spaced text (country names). */
export function capsWidth(text: string, fontSize: number, letterSpacing: number, bold = false): number {
  return textWidth(text.toUpperCase(), fontSize, bold) + Math.max(0, text.length - 1) * letterSpacing;
}

export const overlaps = (a: Box, b: Box, pad = 0) =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

export const inside = (a: Box, bounds: Box) =>
  a.x0 >= bounds.x0 && a.y0 >= bounds.y0 && a.x1 <= bounds.x1 && a.y1 <= bounds.y1;

export type Anchor = 'start' | 'middle' | 'end';

/** A placed text: `x` is the text-anchor point, `y` the vertical centre (drawn with dy 0.35em). */
export interface PlacedText { x: number; y: number; anchor: Anchor; box: Box }

/** Text of a given width and height put beside a marker box, in one of eight positions. */
export function candidates(marker: Box, width: number, height: number, gap: number): PlacedText[] {
  const cy = (marker.y0 + marker.y1) / 2;
  const cx = (marker.x0 + marker.x1) / 2;
  const h2 = height / 2;
  // positions on whole units: shorter SVG, and the box is measured from the position drawn
  const at = (fx: number, fy: number, anchor: Anchor): PlacedText => {
    const [x, y] = [Math.round(fx), Math.round(fy)];
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { x, y, anchor, box: { x0, y0: y - h2, x1: x0 + width, y1: y + h2 } };
  };
  const above = marker.y0 - gap - h2;
  const below = marker.y1 + gap + h2;
  return [
    at(marker.x1 + gap, cy, 'start'), // right
    at(marker.x0 - gap, cy, 'end'), // left
    at(cx, above, 'middle'), // above
    at(cx, below, 'middle'), // below
    at(marker.x1, above + 2, 'start'), // above right
    at(marker.x1, below - 2, 'start'), // below right
    at(marker.x0, above + 2, 'end'), // above left
    at(marker.x0, below - 2, 'end'), // below left
  ];
}

/**
 * Positions further out, for a short label (a number) that found no room close by: box centres
 * on rings of growing radius around the marker, 24 directions each, starting to the right.
 */
export function spiral(marker: Box, width: number, height: number, radii: number[]): PlacedText[] {
  const cx = (marker.x0 + marker.x1) / 2;
  const cy = (marker.y0 + marker.y1) / 2;
  const out: PlacedText[] = [];
  for (const r of radii) {
    for (let i = 0; i < 24; i++) {
      const a = (Math.PI * 2 * i) / 24;
      const x = Math.round(cx + Math.cos(a) * r);
      const y = Math.round(cy + Math.sin(a) * r);
      out.push({ x, y, anchor: 'middle', box: { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 } });
    }
  }
  return out;
}

/**
 * Positions for a longer label on a leader: in each of 24 directions, the box sits so that its
 * nearest side is `r` units beyond the marker's edge (a wide name above a marker clears it).
 */
export function spiralOut(marker: Box, width: number, height: number, radii: number[]): PlacedText[] {
  const cx = (marker.x0 + marker.x1) / 2;
  const cy = (marker.y0 + marker.y1) / 2;
  const [mw, mh] = [(marker.x1 - marker.x0) / 2, (marker.y1 - marker.y0) / 2];
  const out: PlacedText[] = [];
  for (const r of radii) {
    for (let i = 0; i < 24; i++) {
      const a = (Math.PI * 2 * i) / 24;
      const [ux, uy] = [Math.cos(a), Math.sin(a)];
      // how far the box and the marker reach along this direction (their support)
      const reach = Math.abs(ux) * (width / 2 + mw) + Math.abs(uy) * (height / 2 + mh);
      const x = Math.round(cx + ux * (reach + r));
      const y = Math.round(cy + uy * (reach + r));
      out.push({ x, y, anchor: 'middle', box: { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 } });
    }
  }
  return out;
}

export interface LabelRequest {
  id: string;
  marker: Box;
  height: number;
  /** What to try, in order: e.g. the full name close by, then a short number further out. */
  variants: { width: number; gaps: number[]; radii?: number[]; outward?: boolean }[];
  /** A further test each position must pass (e.g. the text stays on its place's side of the border). */
  accept?: (box: Box) => boolean;
}

export interface Placement {
  /** The position found for each label, and which variant it is (0: the first). */
  placed: Map<string, PlacedText & { variant: number }>;
  /** Ids, in request order, of labels that found no free position in any variant. */
  unplaced: string[];
}

type Segment = [number, number, number, number];
/** How far text keeps from a border line it must not cross: half the line's width and a little. */
export const LINE_CLEARANCE = 1.5;

/** Whether the segment (x1,y1)-(x2,y2) passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox([x1, y1, x2, y2]: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [[-dx, x1 - b.x0], [dx, b.x1 - x1], [-dy, y1 - b.y0], [dy, b.y1 - y1]] as const) {
    if (p === 0) { if (q < 0) return false; continue; }
    const r = q / p;
    if (p < 0) { if (r > t1) return false; if (r > t0) t0 = r; }
    else { if (r < t0) return false; if (r < t1) t1 = r; }
  }
  return t0 <= t1;
}

/** Whether two segments cross or touch. */
export function segmentsCross([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return o(ax, ay, bx, by, cx, cy) !== o(ax, ay, bx, by, dx, dy) && o(cx, cy, dx, dy, ax, ay) !== o(cx, cy, dx, dy, bx, by);
}

/**
 * The leader from the edge of `marker` to the edge of `box`, along the line between their centres;
 * undefined when the two nearly touch (the label then reads as the marker's).
 */
export function leaderLine(marker: Box, box: Box): { x1: number; y1: number; x2: number; y2: number } | undefined {
  const [mx, my] = [(marker.x0 + marker.x1) / 2, (marker.y0 + marker.y1) / 2];
  const [cx, cy] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  const dx = cx - mx;
  const dy = cy - my;
  // fraction of the centre-to-centre line at which it leaves a box of half-size (hw, hh)
  const exit = (hw: number, hh: number) => Math.min(Math.abs(hw / (dx || 1e-9)), Math.abs(hh / (dy || 1e-9)));
  const t0 = exit((marker.x1 - marker.x0) / 2, (marker.y1 - marker.y0) / 2);
  const t1 = 1 - exit((box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2);
  if ((t1 - t0) * Math.hypot(dx, dy) < 5) return undefined;
  const r = Math.round;
  return { x1: r(mx + dx * t0), y1: r(my + dy * t0), x2: r(mx + dx * t1), y2: r(my + dy * t1) };
}

/**
 * A uniform grid over the artboard: each box or line segment is filed under the cells it
 * touches, so a query looks only at what is near. Keeps label placement near-linear in the
 * number of labels, markers and border points.
 */
export class BoxGrid {
  private readonly cells = new Map<number, { box: Box; owner?: string; segment?: Segment; clearance?: number }[]>();
  private readonly cell: number;
  constructor(cell = 32) { this.cell = cell; }
  private keys(b: Box, pad: number): number[] {
    const c = this.cell;
    const out: number[] = [];
    const [i0, i1, j0, j1] = [Math.floor((b.x0 - pad) / c), Math.floor((b.x1 + pad) / c), Math.floor((b.y0 - pad) / c), Math.floor((b.y1 + pad) / c)];
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) out.push(i * 100_003 + j);
    return out;
  }
  add(box: Box, owner?: string): void {
    for (const k of this.keys(box, 0)) {
      const list = this.cells.get(k);
      if (list) list.push({ box, owner });
      else this.cells.set(k, [{ box, owner }]);
    }
  }
  /** A polyline (e.g. a border), filed segment by segment; nothing may come within `clearance` of it. */
  addLine(points: [number, number][], clearance = 0): void {
    for (let i = 1; i < points.length; i++) {
      const [[ax, ay], [bx, by]] = [points[i - 1], points[i]];
      const box = { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
      const segment: Segment = [ax, ay, bx, by];
      for (const k of this.keys(box, 0)) {
        const list = this.cells.get(k);
        if (list) list.push({ box, segment, clearance });
        else this.cells.set(k, [{ box, segment, clearance }]);
      }
    }
  }
  /** Whether the segment a-b crosses anything filed (a box grown by `pad`, or a line), other than what `owner` owns. */
  segmentHits([ax, ay]: [number, number], [bx, by]: [number, number], pad = 0, owner?: string): boolean {
    const box = { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
    const seg: Segment = [ax, ay, bx, by];
    for (const k of this.keys(box, pad + 3)) {
      for (const e of this.cells.get(k) ?? []) {
        if (owner !== undefined && e.owner === owner) continue;
        if (e.segment ? segmentsCross(seg, e.segment) : segmentHitsBox(seg, { x0: e.box.x0 - pad, y0: e.box.y0 - pad, x1: e.box.x1 + pad, y1: e.box.y1 + pad })) return true;
      }
    }
    return false;
  }
  /** Whether `box` (grown by `pad`) touches anything filed, other than what `owner` owns. */
  hits(box: Box, pad = 0, owner?: string): boolean {
    const grow = (d: number) => ({ x0: box.x0 - d, y0: box.y0 - d, x1: box.x1 + d, y1: box.y1 + d });
    for (const k of this.keys(box, pad + 3)) {
      for (const e of this.cells.get(k) ?? []) {
        if (owner !== undefined && e.owner === owner) continue;
        if (e.segment ? segmentHitsBox(e.segment, grow(pad + (e.clearance ?? 0))) : overlaps(box, e.box, pad)) return true;
      }
    }
    return false;
  }
}

/**
 * Places labels in the order given (the caller's priority order). A label may touch its own
 * marker's box but never another marker, an obstacle, a line (the border), another label or the
 * bounds' edge. Each variant's gaps are tried in turn (the near ring first), then its rings
 * further out, where the label hangs on a leader line that crosses no marker, text, border or
 * other leader. With `byVariant`, every label tries its first variant before any tries its
 * second (so a far name never takes the room of another's near name), and so on.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], bounds: Box, pad = 1, lines: [number, number][][] = [], byVariant = false): Placement {
  const grid = new BoxGrid();
  // an obstacle that is a request's own marker (callers pass all markers) belongs to that request
  const ownerOf = new Map(requests.map((r) => [r.marker, r.id]));
  for (const o of obstacles) if (!ownerOf.has(o)) grid.add(o);
  for (const r of requests) grid.add(r.marker, r.id);
  for (const l of lines) grid.addLine(l, LINE_CLEARANCE);
  // what no leader may ever cross, even as a last resort: markers and the border
  const hard = new BoxGrid();
  for (const r of requests) hard.add(r.marker, r.id);
  for (const l of lines) hard.addLine(l);
  const placed = new Map<string, PlacedText & { variant: number }>();
  const tryVariant = (r: LabelRequest, variant: number): (PlacedText & { variant: number }) | undefined => {
    const v = r.variants[variant];
    const free = (c: PlacedText) => inside(c.box, bounds) && !grid.hits(c.box, pad, r.id) && (!r.accept || r.accept(c.box));
    // a label away from its marker hangs on a leader, which must cross nothing either
    const clearLeader = (c: PlacedText) => {
      const l = leaderLine(r.marker, c.box);
      return !l || !grid.segmentHits([l.x1, l.y1], [l.x2, l.y2], 0, r.id);
    };
    for (const gap of v.gaps) {
      const c = candidates(r.marker, v.width, r.height, gap).find((x) => free(x) && clearLeader(x));
      if (c) return { ...c, variant };
    }
    // out on a ring the text keeps clear of its own marker too; only the last resort (a number)
    // may hang on a leader that crosses other text or leaders (never a marker or the border),
    // rather than leave a place unnamed
    let fallback: PlacedText | undefined;
    for (const c of (v.outward ? spiralOut : spiral)(r.marker, v.width, r.height, v.radii ?? [])) {
      if (!free(c) || overlaps(c.box, r.marker, pad)) continue;
      if (clearLeader(c)) return { ...c, variant };
      const l = leaderLine(r.marker, c.box);
      if (!fallback && (!l || !hard.segmentHits([l.x1, l.y1], [l.x2, l.y2], 0, r.id))) fallback = c;
    }
    return fallback && variant === r.variants.length - 1 ? { ...fallback, variant } : undefined;
  };
  const keep = (r: LabelRequest, found: PlacedText & { variant: number }) => {
    placed.set(r.id, found);
    grid.add(found.box);
    const l = leaderLine(r.marker, found.box);
    if (l) grid.addLine([[l.x1, l.y1], [l.x2, l.y2]], 1);
  };
  if (byVariant) {
    const most = Math.max(0, ...requests.map((r) => r.variants.length));
    for (let variant = 0; variant < most; variant++) {
      for (const r of requests) {
        if (placed.has(r.id) || variant >= r.variants.length) continue;
        const found = tryVariant(r, variant);
        if (found) keep(r, found);
      }
    }
  } else {
    for (const r of requests) {
      for (let variant = 0; variant < r.variants.length; variant++) {
        const found = tryVariant(r, variant);
        if (found) { keep(r, found); break; }
      }
    }
  }
  return { placed, unplaced: requests.filter((r) => !placed.has(r.id)).map((r) => r.id) };
}
