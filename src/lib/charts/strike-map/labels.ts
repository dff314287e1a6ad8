/**
 * strike-map label placement: a deterministic greedy placer. Each label tries a fixed list of
 * positions around its marker, in order; the first that stays inside the bounds and touches no
 * placed label or obstacle wins. A label with no free position is reported as unplaced, so the
 * caller can number it and list it in a key: nothing is dropped.
 */

export interface Box { x0: number; y0: number; x1: number; y1: number }

/** Inter's average advance is about 0.55 em; bold a little wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.6 : 0.55);
}

/** Uppercase, letter-spaced text (country names): capitals run wider than lower case. */
export function capsWidth(text: string, fontSize: number, letterSpacing: number): number {
  return text.length * fontSize * 0.7 + Math.max(0, text.length - 1) * letterSpacing;
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
  const at = (x: number, y: number, anchor: Anchor): PlacedText => {
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
      const x = cx + Math.cos(a) * r;
      const y = cy + Math.sin(a) * r;
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
  variants: { width: number; gaps: number[]; radii?: number[] }[];
}

export interface Placement {
  /** The position found for each label, and which variant it is (0: the first). */
  placed: Map<string, PlacedText & { variant: number }>;
  /** Ids, in request order, of labels that found no free position in any variant. */
  unplaced: string[];
}

/**
 * Places labels in the order given (the caller's priority order). A label may touch its own
 * marker's box but never another marker, an obstacle, another label or the bounds' edge.
 * Each variant's gaps are tried in turn (the near ring first), then the next variant.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], bounds: Box, pad = 1): Placement {
  const taken: Box[] = [];
  const placed = new Map<string, PlacedText & { variant: number }>();
  const unplaced: string[] = [];
  for (const r of requests) {
    const others = [...obstacles, ...requests.map((q) => q.marker)].filter((o) => o !== r.marker);
    const free = (c: PlacedText) => inside(c.box, bounds) && !taken.some((t) => overlaps(c.box, t, pad)) && !others.some((o) => overlaps(c.box, o, pad));
    let found: (PlacedText & { variant: number }) | undefined;
    for (const [variant, v] of r.variants.entries()) {
      for (const gap of v.gaps) {
        const c = candidates(r.marker, v.width, r.height, gap).find(free);
        if (c) { found = { ...c, variant }; break; }
      }
      const far = found ? undefined : spiral(r.marker, v.width, r.height, v.radii ?? []).find(free);
      if (far) found = { ...far, variant };
      if (found) break;
    }
    if (found) {
      placed.set(r.id, found);
      taken.push(found.box);
    } else unplaced.push(r.id);
  }
  return { placed, unplaced };
}
