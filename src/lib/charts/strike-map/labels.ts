/**
 * strike-map label placement, on the kit's placer (src/lib/viz/place.ts): the map gives each name
 * its spots in order (beside its marker at growing gaps, then out on rings, on a leader), its
 * markers and the border as keep-out zones no name or leader may enter, and a side test (a
 * place's name stays on its country's side); the kit finds the first clear spot. A label with no
 * clear spot is reported as unplaced, so the caller can number it and list it in a key: nothing
 * is dropped, and nothing collides.
 */

import type { Box as KitBox } from '../../viz/box.ts';
import { GridIndex, leaderBetween, placeLabels as kitPlace, segmentHitsBox, type Seg, type Spot } from '../../viz/place.ts';
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

/** Where a text's anchor point goes (whole units: shorter SVG, and the box is measured from the position drawn). */
type Emit = (x: number, y: number, anchor: Anchor) => void;

/** The eight positions beside a marker box at `gap`: right, left, above, below, then the four corners. */
function near(marker: Box, height: number, gap: number, emit: Emit): void {
  const cy = (marker.y0 + marker.y1) / 2;
  const cx = (marker.x0 + marker.x1) / 2;
  const h2 = height / 2;
  const above = marker.y0 - gap - h2;
  const below = marker.y1 + gap + h2;
  const at = (x: number, y: number, anchor: Anchor) => emit(Math.round(x), Math.round(y), anchor);
  at(marker.x1 + gap, cy, 'start');
  at(marker.x0 - gap, cy, 'end');
  at(cx, above, 'middle');
  at(cx, below, 'middle');
  at(marker.x1, above + 2, 'start');
  at(marker.x1, below - 2, 'start');
  at(marker.x0, above + 2, 'end');
  at(marker.x0, below - 2, 'end');
}

/**
 * Positions further out, on rings of growing radius around the marker, 24 directions each,
 * starting to the right: box centres at radius `r` (a short label, a number), or, `outward`, boxes
 * whose nearest side is `r` units beyond the marker's edge (a wide name above a marker clears it).
 */
function rings(marker: Box, width: number, height: number, radii: number[], outward: boolean, emit: Emit): void {
  const cx = (marker.x0 + marker.x1) / 2;
  const cy = (marker.y0 + marker.y1) / 2;
  const [mw, mh] = [(marker.x1 - marker.x0) / 2, (marker.y1 - marker.y0) / 2];
  for (const r of radii) {
    for (let i = 0; i < 24; i++) {
      const a = (Math.PI * 2 * i) / 24;
      const [ux, uy] = [Math.cos(a), Math.sin(a)];
      // how far the box and the marker reach along this direction (their support)
      const reach = outward ? Math.abs(ux) * (width / 2 + mw) + Math.abs(uy) * (height / 2 + mh) : 0;
      emit(Math.round(cx + ux * (reach + r)), Math.round(cy + uy * (reach + r)), 'middle');
    }
  }
}

const left = (x: number, width: number, anchor: Anchor) => (anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2);

/** Text of a given width and height put beside a marker box, in one of eight positions. */
export function candidates(marker: Box, width: number, height: number, gap: number): PlacedText[] {
  const out: PlacedText[] = [];
  near(marker, height, gap, (x, y, anchor) => {
    const x0 = left(x, width, anchor);
    out.push({ x, y, anchor, box: { x0, y0: y - height / 2, x1: x0 + width, y1: y + height / 2 } });
  });
  return out;
}

export interface LabelRequest {
  id: string;
  marker: Box;
  height: number;
  /** What to try, in order: e.g. the full name close by, then a short number further out. */
  /**
   * `clear`: extra room wanted around this variant's text (a lone number must not read as part
   * of a neighbouring name), given up only where no position has it.
   */
  variants: { width: number; gaps: number[]; radii?: number[]; outward?: boolean; clear?: number }[];
  /** A further test each position must pass (e.g. the text stays on its place's side of the border). */
  accept?: (box: Box) => boolean;
}

export interface Placement {
  /** The position found for each label, and which variant it is (0: the first). */
  placed: Map<string, PlacedText & { variant: number }>;
  /** Ids, in request order, of labels that found no free position in any variant. */
  unplaced: string[];
}

/** How far text keeps from a border line it must not cross: half the line's width and a little. */
export const LINE_CLEARANCE = 1.5;

const toKit = (b: Box): KitBox => ({ x1: b.x0, y1: b.y0, x2: b.x1, y2: b.y1 });
const fromKit = (b: KitBox): Box => ({ x0: b.x1, y0: b.y1, x1: b.x2, y1: b.y2 });

/**
 * The leader from the edge of `marker` to the edge of `box`, along the line between their centres;
 * undefined when the two nearly touch (the label then reads as the marker's). The kit's, in the map's boxes.
 */
export function leaderLine(marker: Box, box: Box): { x1: number; y1: number; x2: number; y2: number } | undefined {
  const l = leaderBetween(toKit(marker), toKit(box));
  return l && { x1: l[0], y1: l[1], x2: l[2], y2: l[3] };
}

/**
 * What a name placed by search (a province's, a country's) must not touch: boxes, and lines (a
 * border) kept at a clearance; filed in the kit's grid index, so each query looks only at what is near.
 */
export class BoxGrid {
  private readonly index = new GridIndex<{ segment?: Seg; clearance: number }>(32);
  add(box: Box): void {
    this.index.add(toKit(box), { clearance: 0 });
  }
  /** A polyline (e.g. a border), filed segment by segment; nothing may come within `clearance` of it. */
  addLine(points: [number, number][], clearance = 0): void {
    for (let i = 1; i < points.length; i++) {
      const segment: Seg = [points[i - 1], points[i]];
      const [[ax, ay], [bx, by]] = segment;
      this.index.add({ x1: Math.min(ax, bx), y1: Math.min(ay, by), x2: Math.max(ax, bx), y2: Math.max(ay, by) }, { segment, clearance });
    }
  }
  /** Whether `box` (grown by `pad`) touches anything filed. */
  hits(box: Box, pad = 0): boolean {
    let found = false;
    this.index.visit(toKit(box), pad + 3, (b, e) => (found = e.segment
      ? segmentHitsBox(e.segment[0], e.segment[1], { x1: box.x0 - pad - e.clearance, y1: box.y0 - pad - e.clearance, x2: box.x1 + pad + e.clearance, y2: box.y1 + pad + e.clearance })
      : overlaps(box, fromKit(b), pad)));
    return found;
  }
}

/** A request's spots for one variant, in the kit's terms: beside the marker at each gap, then on its rings. */
function spotsOf(marker: Box, height: number, v: LabelRequest['variants'][number]): Spot[] {
  const cx = (marker.x0 + marker.x1) / 2;
  const cy = (marker.y0 + marker.y1) / 2;
  const out: Spot[] = [];
  // every spot may hang on a leader: the kit draws none where the name nearly touches its marker
  const emit: Emit = (x, y, anchor) => { out.push({ dx: left(x, v.width, anchor) - cx, dy: y - height / 2 - cy, leader: true, anchor }); };
  for (const gap of v.gaps) near(marker, height, gap, emit);
  rings(marker, v.width, height, v.radii ?? [], Boolean(v.outward), emit);
  return out;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Places labels in the order given (the caller's priority order), with the kit's placer. A label
 * may touch its own marker's box but never overlap it, another marker (`obstacles`), other text
 * (`text`), a line (`lines`: the border, kept at LINE_CLEARANCE), another label or the bounds' edge.
 * Each variant's spots are tried in turn (the near ring first), then its rings further out, where
 * the label hangs on a leader that crosses no marker, text, border or other leader; only the last
 * variant (a number) may, as a last resort, hang on a leader across other text (never a marker or
 * the border). With `byVariant`, every label tries its first variant before any tries its second.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], bounds: Box, pad = 1, lines: [number, number][][] = [], byVariant = false, text: Box[] = []): Placement {
  const markers = [...new Set([...obstacles, ...requests.map((r) => r.marker)])];
  const kitMarks = new Map(markers.map((m) => [m, toKit(m)]));
  const segs: Seg[] = lines.flatMap((l) => l.slice(1).map((q, i): Seg => [l[i], q]));
  const placed = kitPlace(
    requests.map((r) => ({
      key: r.id,
      x: (r.marker.x0 + r.marker.x1) / 2,
      y: (r.marker.y0 + r.marker.y1) / 2,
      r: Math.max(r.marker.x1 - r.marker.x0, r.marker.y1 - r.marker.y0) / 2,
      own: kitMarks.get(r.marker),
      accept: r.accept && ((b: KitBox) => r.accept!(fromKit(b))),
      alts: r.variants.map((v, i) => ({ w: v.width, h: r.height, value: i, spots: () => spotsOf(r.marker, r.height, v), room: v.clear, leaderMayCross: i === r.variants.length - 1 })),
    })),
    toKit(bounds),
    { boxes: text.map(toKit), segments: [], marks: [...kitMarks.values()], walls: { lines: segs, clearance: LINE_CLEARANCE + pad } },
    requests[0]?.height ?? 0,
    { strict: true, byAlt: byVariant, apart: pad },
  );
  const out = new Map<string, PlacedText & { variant: number }>();
  for (const p of placed.filter((x) => x.clear)) {
    const box = fromKit(p.box);
    const anchor = p.spot.anchor ?? 'middle';
    const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
    out.set(p.key, { x: r2(x), y: r2((box.y0 + box.y1) / 2), anchor, box, variant: p.value });
  }
  return { placed: out, unplaced: placed.filter((x) => !x.clear).map((x) => x.key) };
}
