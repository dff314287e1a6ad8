/**
 * Text boxes and a greedy label placer: each label tries a list of positions around its mark,
 * nearest first, and takes the first that stays in bounds and touches no other text or marker.
 */

export interface Box { x: number; y: number; w: number; h: number }

/** Inter's average advance per character, in em (the project's rule for estimating text width). */
export const CHAR_EM = 0.55;
/** The placer reserves a little more than the average, so digits and bold text still fit. */
const PLACE_EM = 0.6;

export const textWidth = (text: string, em: number, charEm = CHAR_EM) => text.length * em * charEm;
export const placeWidth = (text: string, em: number) => textWidth(text, em, PLACE_EM);

export const overlaps = (a: Box, b: Box, pad = 0) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

export const inside = (a: Box, bounds: Box) =>
  a.x >= bounds.x && a.y >= bounds.y && a.x + a.w <= bounds.x + bounds.w && a.y + a.h <= bounds.y + bounds.h;

export interface LabelRequest {
  /** The mark the label belongs to (the key of the result). */
  id: string;
  /** The data line the mark sits on, which its own label may touch. */
  key: string;
  w: number;
  h: number;
  /** The whisker the label belongs to: from x1 to x2 at height y; the marker sits at x2. */
  x1: number;
  x2: number;
  y: number;
  /** Half the marker's size. */
  r: number;
  /** Labels of a lower tier are placed only after every label of a higher one (0 first). */
  tier?: number;
}

export interface Placement {
  box: Box;
  /** Where the text starts and which way it runs. */
  anchor: 'start' | 'end';
  /** A thin line from the marker to a label moved away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

function candidates(q: LabelRequest): Placement[] {
  const { w, h, x1, x2, y, r } = q;
  const gap = 4;
  const long = x2 - x1 > w * 0.6;
  const v = r + 4;
  const list: Placement[] = [
    { box: { x: x2 + r + gap, y: y - h / 2, w, h }, anchor: 'start' },
    { box: { x: x2 + r - w, y: y - v - h, w, h }, anchor: 'end' },
    { box: { x: x2 + r - w, y: y + v, w, h }, anchor: 'end' },
    { box: { x: x2 - r, y: y - v - h, w, h }, anchor: 'start' },
    { box: { x: x2 - r, y: y + v, w, h }, anchor: 'start' },
  ];
  if (long) {
    list.push({ box: { x: x1, y: y - 3 - h, w, h }, anchor: 'start' }, { box: { x: x1, y: y + 3, w, h }, anchor: 'start' });
  }
  const left = x1 === x2 ? x1 - r : x1 - 2;
  list.push({ box: { x: left - gap - w, y: y - h / 2, w, h }, anchor: 'end' });
  // Moved away from the marker, with a leader line: nearest first, right before left.
  for (let k = 1; k <= 4; k++) {
    for (const dir of [-1, 1]) {
      const cy = y + dir * k * (h * 0.75);
      list.push({
        box: { x: x2 + r + gap + 8, y: cy - h / 2, w, h }, anchor: 'start',
        leader: { x1: x2 + r, y1: y, x2: x2 + r + gap + 6, y2: cy },
      });
    }
    for (const dir of [-1, 1]) {
      const cy = y + dir * k * (h * 0.75);
      list.push({
        box: { x: left - gap - 8 - w, y: cy - h / 2, w, h }, anchor: 'end',
        leader: { x1: left, y1: y, x2: left - gap - 6, y2: cy },
      });
    }
  }
  return list;
}

/** The box of a leader line, for collision checks against text. */
const leaderBox = (l: NonNullable<Placement['leader']>): Box => ({
  x: Math.min(l.x1, l.x2), y: Math.min(l.y1, l.y2), w: Math.abs(l.x2 - l.x1), h: Math.max(1, Math.abs(l.y2 - l.y1)),
});

/**
 * Places labels where they touch no `obstacles` (text, and markers, which leader lines may
 * cross) and no other label, avoiding data `lines` where they can (`hard` ones always: a label
 * lying on a horizontal line would seem to name it). Greedy placement is tried in a few orders
 * (as given, most constrained first, important first); the order that labels the most weight
 * wins (`tier` 0 weighs three times as much as the rest; ties go to the earlier order).
 */
export function placeLabels(requests: LabelRequest[], obstacles: (Box & { marker?: boolean })[], lines: (Box & { key: string; hard?: boolean })[], bounds: Box): Map<string, Placement> {
  const options = new Map(requests.map((q) => [q.id, candidates(q).filter((c) => inside(c.box, bounds))]));
  const boxesOf = (p: Placement) => (p.leader ? [p.box, leaderBox(p.leader)] : [p.box]);
  const fixedClash = (q: LabelRequest, c: Placement, avoidLines: boolean) =>
    obstacles.some((b) => overlaps(c.box, b, 2)) ||
    (c.leader !== undefined && obstacles.some((b) => !b.marker && overlaps(leaderBox(c.leader!), b))) ||
    lines.some((l) => l.key !== q.key && (avoidLines || l.hard) && overlaps(c.box, l));
  const byId = new Map(requests.map((q) => [q.id, q]));
  const room = new Map(requests.map((q) => [q.id, options.get(q.id)!.filter((o) => !fixedClash(q, o, false)).length]));

  function run(order: LabelRequest[]): Map<string, Placement> {
    const placed = new Map<string, Placement>();
    /** Placed labels (other than `except`) that a candidate would touch; null if it touches something fixed. */
    const clashes = (q: LabelRequest, c: Placement, avoidLines: boolean, except?: string): string[] | null => {
      if (fixedClash(q, c, avoidLines)) return null;
      const hit: string[] = [];
      const mine = boxesOf(c);
      for (const [id, p] of placed) {
        if (id === except) continue;
        const theirs = boxesOf(p);
        if (overlaps(c.box, p.box, 2) || mine.some((a) => theirs.some((b) => overlaps(a, b)))) hit.push(id);
      }
      return hit;
    };
    const firstFree = (q: LabelRequest) => {
      for (const avoidLines of [true, false]) {
        const c = options.get(q.id)!.find((o) => clashes(q, o, avoidLines)?.length === 0);
        if (c) return c;
      }
      return undefined;
    };
    for (const q of order) {
      const c = firstFree(q);
      if (c) { placed.set(q.id, c); continue; }
      // Repair: take a spot held by exactly one label, if that label can move to a free spot.
      let done = false;
      for (const avoidLines of [true, false]) {
        for (const o of options.get(q.id)!) {
          const hit = clashes(q, o, avoidLines);
          if (!hit || hit.length !== 1) continue;
          const other = byId.get(hit[0])!;
          const old = placed.get(other.id)!;
          placed.delete(other.id);
          placed.set(q.id, o);
          const moved = firstFree(other);
          if (moved) { placed.set(other.id, moved); done = true; break; }
          placed.delete(q.id);
          placed.set(other.id, old);
        }
        if (done) break;
      }
    }
    return placed;
  }

  const indexed = requests.map((q, i) => ({ q, i }));
  const tier = (q: LabelRequest) => q.tier ?? 0;
  const tight = (q: LabelRequest) => Math.min(room.get(q.id)!, 8);
  const orders = [
    requests,
    [...indexed].sort((a, b) => tight(a.q) - tight(b.q) || a.i - b.i).map((x) => x.q),
    [...indexed].sort((a, b) => tier(a.q) - tier(b.q) || a.i - b.i).map((x) => x.q),
    [...indexed].sort((a, b) => tier(a.q) - tier(b.q) || tight(a.q) - tight(b.q) || a.i - b.i).map((x) => x.q),
  ];
  const score = (m: Map<string, Placement>) => [...m.keys()].reduce((s, id) => s + (tier(byId.get(id)!) === 0 ? 3 : 1), 0);
  let best = new Map<string, Placement>();
  for (const order of orders) {
    const result = run(order);
    if (score(result) > score(best)) best = result;
  }
  return new Map(requests.filter((q) => best.has(q.id)).map((q) => [q.id, best.get(q.id)!]));
}
