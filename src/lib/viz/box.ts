/** Boxes around chart text and marks: label placement and the collision tests share them. */
import { spansWidth, type TextLine } from './text.ts';

export interface Box { x1: number; y1: number; x2: number; y2: number; what?: string }

/** Ascender and descender of the chart font, as fractions of the size (Inter: 0.73 cap, 0.2 descender). */
const ASCENT = 0.78;
const DESCENT = 0.22;

export function lineBox(t: TextLine): Box {
  // (a run placed at its own x ends the line further on: measure from the last such run)
  const at = t.spans.findLastIndex((s) => s.x !== undefined);
  const w = at < 0 ? spansWidth(t.spans, t.size) : t.spans[at].x! - t.x + spansWidth(t.spans.slice(at), t.size);
  const x1 = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
  return { x1, x2: x1 + w, y1: t.y - t.size * ASCENT, y2: t.y + t.size * DESCENT, what: t.spans.map((s) => s.text).join('') };
}

export const overlaps = (a: Box, b: Box, pad = 0) =>
  a.x1 < b.x2 + pad && b.x1 < a.x2 + pad && a.y1 < b.y2 + pad && b.y1 < a.y2 + pad;

/** Every pair of boxes that overlap (by more than `slack` px each way). */
export function collisions(boxes: Box[], slack = 0.5): [Box, Box][] {
  const out: [Box, Box][] = [];
  const shrink = (b: Box): Box => ({ ...b, x1: b.x1 + slack, x2: b.x2 - slack, y1: b.y1 + slack, y2: b.y2 - slack });
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(shrink(boxes[i]), shrink(boxes[j]))) out.push([boxes[i], boxes[j]]);
  }
  return out;
}

/** Boxes that leave the artboard. */
export const outside = (boxes: Box[], width: number, height: number) =>
  boxes.filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > width + 0.5 || b.y2 > height + 0.5);

/**
 * Places labels along one axis so that none overlaps the next: each keeps its wanted position
 * where it can and is pushed apart (then the run shifted back inside [min, max]) where it cannot.
 * Returns positions in the input order.
 */
export function spread(wanted: number[], sizes: number[], min: number, max: number, gap = 2): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a] - wanted[b]);
  const pos = wanted.slice();
  let edge = min;
  for (const i of order) {
    pos[i] = Math.max(pos[i], edge);
    edge = pos[i] + sizes[i] + gap;
  }
  let limit = max;
  for (const i of [...order].reverse()) {
    pos[i] = Math.min(pos[i], limit - sizes[i]);
    limit = pos[i] - gap;
  }
  return pos;
}
