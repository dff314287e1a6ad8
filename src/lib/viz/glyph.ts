/**
 * The one open-ended glyph: a figure the source gave as "at least" or "more than" ends in a
 * chevron pointing on along the scale (the true number may be higher). Every chart draws it with
 * these functions and explains it once, in its key, with OPEN_END_TEXT.
 */
export const OPEN_END_TEXT = 'at least / more than: the source gave a floor';

/**
 * The one zero mark: a source's "none" is a figure, zero, drawn where a bar of that measure would
 * start, as a short vertical tick standing a little above and below the bar's height, and labelled
 * in words beside it. A bar of no length reads as "zero" only where the scale's start is marked; a
 * ring or hollow dot would read as a small amount, and the kit uses rings for earlier figures.
 * Every chart draws it with zeroTickPath (class `viz-zero-tick`) and explains it in its key with
 * ZERO_TEXT.
 */
export const ZERO_TEXT = 'none: a stated zero';
/** How far the zero tick stands above and below a bar's height. */
export const ZERO_OVER = 2;
/** The zero tick at a scale's start `x`, for a bar of height `h` whose top is at `y`. */
export const zeroTickPath = (x: number, y: number, h: number) => `M${r(x)},${r(y - ZERO_OVER)}v${r(h + 2 * ZERO_OVER)}`;

/** Room the glyph takes beyond a bar's end at bar height `h`. */
export const openEndRoom = (h: number) => Math.max(6, h * 0.55) + 3;

/** A chevron just beyond a bar ending at `x`, centred on `y`, for a bar `h` tall (stroked, not filled). */
export function openEndPath(x: number, y: number, h: number): string {
  const w = Math.max(6, h * 0.55) - 1;
  const half = Math.max(4, h * 0.5);
  const x0 = x + 2;
  return `M${r(x0)},${r(y - half)}L${r(x0 + w)},${r(y)}L${r(x0)},${r(y + half)}`;
}

/** The chevrons of openEndPath at several points as one path, each moving relative to the end of the one before. */
export function openEndPaths(points: { x: number; y: number }[], h: number): string {
  const w = r(Math.max(6, h * 0.55) - 1);
  const half = r(Math.max(4, h * 0.5));
  let [px, py] = [0, 0];
  return points.map((p, i) => {
    const [x0, y0] = [r(p.x + 2), r(p.y - half)];
    const move = i ? `m${r(x0 - px)},${r(y0 - py)}` : `M${x0},${y0}`;
    [px, py] = [x0, r(y0 + 2 * half)];
    return `${move}l${w},${half}-${w},${half}`;
  }).join('');
}

/** Arrows in a line of text, 8 units long, each starting at a point, as one path (later ones relative to the one before). */
export function arrowPaths(points: { x: number; y: number }[]): string {
  let [px, py] = [0, 0];
  return points.map((p, i) => {
    const [x, y] = [r(p.x + 1), r(p.y)];
    const move = i ? `m${r(x - px)},${r(y - py)}` : `M${x},${y}`;
    [px, py] = [x + 5, y + 3];
    return `${move}h8m-3-3 3,3-3,3`;
  }).join('');
}

/** Diagonal hatching inside a rectangle as one path of segments, each written relative (vector in print, no <pattern>). */
export function hatchPath(x: number, y: number, w: number, h: number, step = 4): string {
  const parts: string[] = [];
  for (let d = step / 2; d < w + h; d += step) {
    const x1 = x + Math.max(0, d - h);
    const y1 = y + Math.min(h, d);
    const x2 = x + Math.min(w, d);
    const y2 = y + Math.max(0, d - w);
    // relative: each segment rises as far as it runs, so "l5.7-5.7" is all it needs
    const [dx, dy] = [r(r(x2) - r(x1)), r(r(y1) - r(y2))];
    parts.push(`M${r(x1)},${r(y1)}l${dx}${dy > 0 ? `-${dy}` : ',0'}`);
  }
  return parts.join('');
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * The chevron as a point mark, for a figure of "at least"/"more than" among the rings of a row
 * (centred on y = 0): 3 units wide, 6 tall, centred on each of `xs` (its point a unit and a half
 * past the value), as one path whose later chevrons move relative to the one before.
 */
export function openEndPointPath(xs: number[]): string {
  return xs.map((x, i) => (i ? `m${r(x - xs[i - 1])}-6` : `M${r(x - 1.5)},-3`) + 'l3,3-3,3').join('');
}

/** The same chevron for a point mark on a vertical value scale: just above a marker of radius `rad` at (x, y), pointing up. */
export function openEndUpPath(x: number, y: number, rad: number): string {
  const top = y - rad - 2;
  return `M${r(x - 4)},${r(top - 2)}L${r(x)},${r(top - 6)}L${r(x + 4)},${r(top - 2)}`;
}
/** Height the upward chevron takes above a point mark's top. */
export const OPEN_END_UP_ROOM = 8;
