/**
 * Text boxes and a small greedy label placer for the militancy-deaths chart. Pure geometry: no
 * DOM. Text widths are estimated per character from Inter's measured advances (bold digits run
 * wider than the 0.55 em average) and every placed box is kept clear of every other box, of the
 * markers and of the lines, so labels cannot collide.
 */

export interface Box { x0: number; y0: number; x1: number; y1: number }

/**
 * Advance widths of Inter in em, the wider of its regular and semibold (650) weights, as measured
 * in Chromium. Digits and capitals run wider than Inter's 0.55 em average, lower case narrower.
 */
const EM_CHARS = "0123456789,.;:()–’' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
// prettier-ignore
const EM_WIDTHS = [
  0.667, 0.427, 0.626, 0.641, 0.671, 0.617, 0.644, 0.597, 0.645, 0.644, 0.326, 0.326, 0.336, 0.326,
  0.375, 0.375, 0.5, 0.302, 0.333, 0.281, 0.577, 0.627, 0.585, 0.627, 0.594, 0.356, 0.629, 0.618,
  0.267, 0.267, 0.575, 0.267, 0.906, 0.617, 0.611, 0.627, 0.627, 0.41, 0.555, 0.352, 0.618, 0.593,
  0.845, 0.575, 0.595, 0.569, 0.75, 0.661, 0.738, 0.722, 0.606, 0.59, 0.75, 0.746, 0.279, 0.582,
  0.711, 0.565, 0.927, 0.761, 0.769, 0.646, 0.775, 0.655, 0.653, 0.664, 0.744, 0.75, 1.049, 0.729,
  0.722, 0.658,
];
const EM = new Map([...EM_CHARS].map((ch, i) => [ch, EM_WIDTHS[i]]));
/** Width of characters not in the table. */
const EM_OTHER = 0.7;

/**
 * Estimated width of a text at a font size: the measured advances plus 4 per cent, and never
 * less than the house rule of 0.55 em per character.
 */
export const textWidth = (text: string, size: number) => {
  const chars = [...text];
  const measured = chars.reduce((w, ch) => w + (EM.get(ch) ?? EM_OTHER), 0) * size * 1.04;
  return Math.max(measured, chars.length * size * 0.55);
};

/**
 * One piece of a text line, styled by its class: a standing value, an earlier or part-year value,
 * strong or muted words.
 */
export interface Part { text: string; cls: 'value' | 'value-earlier' | 'strong' | 'muted' | 'plain' }

/** A line of text ready for SVG: `x` is the anchor, `y` the baseline. */
export interface TextLine {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  parts: Part[];
  size: number;
  /** The id of the record this line belongs to, when it prints a record's value. */
  recordId?: string;
  box: Box;
}

export const lineText = (parts: Part[]) => parts.map((p) => p.text).join('');

/** The box a line of text occupies: from ascender to descender (about 1.2 em tall). */
export function textBox(x: number, y: number, anchor: TextLine['anchor'], text: string, size: number): Box {
  const w = textWidth(text, size);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - size * 0.92, x1: x0 + w, y1: y + size * 0.28 };
}

export function makeLine(x: number, y: number, anchor: TextLine['anchor'], parts: Part[], size: number, recordId?: string): TextLine {
  return { x, y, anchor, parts, size, recordId, box: textBox(x, y, anchor, lineText(parts), size) };
}

export const overlaps = (a: Box, b: Box, pad = 0) =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

export const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Does the segment from p to q cross the box? (Liang–Barsky clipping.) */
export function segmentHitsBox(p: [number, number], q: [number, number], b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const checks: [number, number][] = [[-dx, p[0] - b.x0], [dx, b.x1 - p[0]], [-dy, p[1] - b.y0], [dy, b.y1 - p[1]]];
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
  const o = (p: [number, number], q: [number, number], r: [number, number]) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

/** A label to place: some lines of text stacked under each other, next to a marker. */
export interface LabelRequest {
  key: string;
  /** The marker's centre. */
  x: number;
  y: number;
  /** Half the marker's extent, so labels clear it. */
  r: number;
  /** The wordings to try, fullest first (a shorter one drops, say, the publisher's name). */
  alts: { parts: Part[]; recordId?: string }[][];
}

export interface PlacedLabel {
  key: string;
  lines: TextLine[];
  box: Box;
  /** A thin line from the marker to a label set further off, or undefined when it sits beside it. */
  leader?: [number, number, number, number];
}

interface Candidate { dx: number; dy: number; leader: boolean; tier: number }

/** Where a label may go, most preferred first: beside the marker, then further off on a leader. */
function candidates(w: number, h: number, r: number, size: number): Candidate[] {
  const g = 3;
  const c: Candidate[] = [];
  // dx, dy give the box's top-left corner relative to the marker centre
  const above = -r - g - h;
  const below = r + g;
  const right = r + g;
  const left = -r - g - w;
  const mid = -size * 0.62; // first line vertically centred on the marker
  c.push({ dx: -w / 2, dy: above, leader: false, tier: 0 });
  c.push({ dx: right, dy: mid, leader: false, tier: 0 });
  c.push({ dx: left, dy: mid, leader: false, tier: 0 });
  c.push({ dx: -w / 2, dy: below, leader: false, tier: 0 });
  c.push({ dx: -2, dy: above, leader: false, tier: 0 });
  c.push({ dx: 2 - w, dy: above, leader: false, tier: 0 });
  c.push({ dx: -2, dy: below, leader: false, tier: 0 });
  c.push({ dx: 2 - w, dy: below, leader: false, tier: 0 });
  for (const k of [1, 2, 3]) {
    const step = size * 1.2 * k;
    c.push({ dx: -w / 2, dy: above - step, leader: true, tier: k });
    c.push({ dx: -w / 2, dy: below + step, leader: true, tier: k });
    c.push({ dx: -2, dy: above - step, leader: true, tier: k });
    c.push({ dx: 2 - w, dy: above - step, leader: true, tier: k });
    c.push({ dx: -2, dy: below + step, leader: true, tier: k });
    c.push({ dx: 2 - w, dy: below + step, leader: true, tier: k });
    c.push({ dx: left - size * 1.5 * k, dy: mid, leader: true, tier: k });
    c.push({ dx: right + size * 1.5 * k, dy: mid, leader: true, tier: k });
  }
  return c;
}

export interface Obstacles {
  boxes: Box[];
  /** Data lines: no label may cross them, and a leader only at a cost. */
  segments: [[number, number], [number, number]][];
  /** Rules a label may cross at a small cost (the text has a halo). */
  soft?: [[number, number], [number, number]][];
}

type Seg = [[number, number], [number, number]];

function leaderFor(req: LabelRequest, box: Box): [number, number, number, number] {
  const cy = Math.min(Math.max(req.y, box.y0 + 2), box.y1 - 2);
  if (box.x1 < req.x - req.r) return [req.x - req.r - 1, req.y, box.x1 + 1, cy];
  if (box.x0 > req.x + req.r) return [req.x + req.r + 1, req.y, box.x0 - 1, cy];
  const cx = Math.min(Math.max(req.x, box.x0 + 2), box.x1 - 2);
  return box.y1 < req.y ? [req.x, req.y - req.r - 1, cx, box.y1 + 1] : [req.x, req.y + req.r + 1, cx, box.y0 - 1];
}

/**
 * Places labels one by one, each at its first candidate that stays inside `bounds` and clears
 * every obstacle, every label and leader already placed. Labels that find no clear spot are
 * retried first on the next round; after a few rounds the least bad spot is taken (and the
 * tests, which check every box, fail).
 */
export function placeLabels(requests: LabelRequest[], bounds: Box, obstacles: Obstacles, size: number): PlacedLabel[] {
  const lineHeight = size * 1.2;
  let order = [...requests];
  let best: { placed: PlacedLabel[]; failures: number } | undefined;
  for (let round = 0; round < 8; round++) {
    const placed: PlacedLabel[] = [];
    const failed: LabelRequest[] = [];
    for (const req of order) {
      let chosen: { box: Box; c: Candidate; cost: number; lines: LabelRequest['alts'][number] } | undefined;
      for (const [ai, lines] of req.alts.entries()) {
        const w = Math.max(...lines.map((l) => textWidth(lineText(l.parts), size)));
        const h = lines.length * lineHeight;
        for (const [i, c] of candidates(w, h, req.r, size).entries()) {
          const box = { x0: req.x + c.dx, y0: req.y + c.dy, x1: req.x + c.dx + w, y1: req.y + c.dy + h };
          let cost = i * 0.01 + ai * 0.3 + c.tier * 0.4;
          if (!inside(box, bounds)) cost += 1000;
          for (const b of obstacles.boxes) if (overlaps(box, b, 1)) cost += 100;
          for (const p of placed) if (overlaps(box, p.box, 2)) cost += 100;
          for (const [s, t] of obstacles.segments) if (segmentHitsBox(s, t, box)) cost += 50;
          for (const [s, t] of obstacles.soft ?? []) if (segmentHitsBox(s, t, box)) cost += 3;
          for (const p of placed) if (p.leader && segmentHitsBox([p.leader[0], p.leader[1]], [p.leader[2], p.leader[3]], box)) cost += 50;
          if (c.leader) {
            const l = leaderFor(req, box);
            const seg: Seg = [[l[0], l[1]], [l[2], l[3]]];
            for (const p of placed) if (segmentHitsBox(seg[0], seg[1], { x0: p.box.x0 - 1, y0: p.box.y0 - 1, x1: p.box.x1 + 1, y1: p.box.y1 + 1 })) cost += 50;
            for (const [s, t] of obstacles.segments) if (segmentsCross(seg, [s, t])) cost += 20;
            for (const b of obstacles.boxes) {
              // the leader may leave its own marker, but not cross another
              const own = b.x0 <= req.x && b.x1 >= req.x && b.y0 <= req.y && b.y1 >= req.y;
              if (!own && segmentHitsBox(seg[0], seg[1], b)) cost += 50;
            }
          }
          if (!chosen || cost < chosen.cost) chosen = { box, c, cost, lines };
        }
      }
      const { box, c, cost, lines } = chosen!;
      if (cost >= 50) failed.push(req);
      const textLines = lines.map((l, i) =>
        makeLine(box.x0, box.y0 + size * 0.92 + i * lineHeight, 'start', l.parts, size, l.recordId));
      placed.push({ key: req.key, lines: textLines, box, leader: c.leader ? leaderFor(req, box) : undefined });
    }
    if (!best || failed.length < best.failures) best = { placed, failures: failed.length };
    if (failed.length === 0) break;
    order = [...failed, ...order.filter((r) => !failed.includes(r))];
  }
  const byKey = new Map(best!.placed.map((p) => [p.key, p]));
  return requests.map((r) => byKey.get(r.key)!);
}
