/**
 * Force balance's drawing rules (issue 13, "The charts" 3): each compared category is one pair on
 * one scale, every pair drawn to the same full length so that no length reflects label room; a
 * longer bar is a bigger number within a category; labels clear of each other and of every mark,
 * at both artboards, with the project content and with longer wording than it has today.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { computeForceBalance } from '../../src/lib/charts/force-balance/compute.ts';
import type { ContentData } from '../../src/lib/charts/types.ts';
import { collisions, lineBox, outside, overlaps, type Box } from '../../src/lib/viz/box.ts';
import { projectData } from '../helpers/content.ts';

let data: ContentData;
beforeAll(async () => { data = await projectData(); });

type Layout = ReturnType<typeof computeForceBalance>['layouts']['wide'];
type Bar = Layout['bars'][number];

/** How far right a bar's mark is drawn from the plot's zero: its length, or the zero mark's half stroke. */
const extent = (b: Bar) => (b.zero ? 1 : b.w);
/** The boxes of a bar's marks: the bar, its open-ended chevron, the zero mark. */
function markBoxes(b: Bar): Box[] {
  const out: Box[] = [];
  if (b.zero) out.push({ x1: b.x - 1, x2: b.x + 1, y1: b.y - 2, y2: b.y + b.h + 2, what: `zero mark ${b.category}` });
  else out.push({ x1: b.x, x2: b.x + b.w, y1: b.y, y2: b.y + b.h, what: `bar ${b.category} ${b.side}` });
  if (b.open) out.push({ x1: b.x + b.w, x2: b.x + b.w + Math.max(6, b.h * 0.55) + 2, y1: b.y - 1, y2: b.y + b.h + 1, what: `chevron ${b.category}` });
  return out;
}
const textBoxes = (g: Layout) => [...g.texts, ...g.bars.flatMap((b) => b.lines)].map(lineBox);
const allLayouts = (d: ContentData) => {
  const m = computeForceBalance(d);
  return [m.layouts.narrow, m.layouts.wide];
};

function problems(g: Layout): string[] {
  const texts = textBoxes(g);
  const marks = [...g.bars.flatMap(markBoxes), ...g.rules.map((r) => ({ x1: r.x1, x2: r.x2, y1: r.y - 0.5, y2: r.y + 0.5, what: `rule at ${r.y}` }))];
  return [
    ...collisions(texts).map(([a, b]) => `text × text: ${a.what} × ${b.what}`),
    ...texts.flatMap((t) => marks.filter((m) => overlaps(t, m, -0.5)).map((m) => `text × mark: ${t.what} × ${m.what}`)),
    ...outside([...texts, ...marks], g.width, g.height).map((b) => `outside: ${b.what}`),
  ];
}

describe('force balance: one scale per pair, the same full length for every pair', () => {
  test('within a category a longer bar is a bigger number; every pair’s larger figure is drawn to the same length', () => {
    for (const g of allLayouts(data)) {
      const cats = [...new Set(g.bars.map((b) => b.category))];
      const full = cats.map((c) => Math.max(...g.bars.filter((b) => b.category === c).map(extent)));
      for (const c of cats) {
        const pair = g.bars.filter((b) => b.category === c);
        for (const a of pair) for (const b of pair) if (a.value > b.value) expect(extent(a), `${c}: ${a.value} against ${b.value}`).toBeGreaterThan(extent(b));
      }
      // a Pakistan bar of 465 aircraft must not look longer or shorter than one of 660,000 troops
      // only because its label is shorter: every pair is drawn to the one full length
      expect(full.map((f) => Math.round(f)), `full lengths of ${cats.join(', ')} (narrow: ${g.narrow})`).toEqual(full.map(() => Math.round(full[0])));
    }
  });
});

describe('force balance: labels clear of each other and of the marks', () => {
  test('both artboards, on the project content and with longer words than it has: a zero worded at length by its source, the longest estimator names the schema allows', () => {
    const name = 'Pakistan’s Inter-Services Public Relations'.slice(0, 35);
    const cases: [string, ContentData][] = [
      ['project content', data],
      ['a zero’s words wrap beside the zero mark', { ...data, forces: data.forces.map((f) => (f.value === 0 ? { ...f, quoteForm: 'no fighter jets or effective air force' } : f)) } as ContentData],
      ['longest estimator names', { ...data, actors: data.actors.map((a) => ({ ...a, shortName: name })) } as ContentData],
    ];
    for (const [what, d] of cases) for (const g of allLayouts(d)) expect(problems(g), `${what}, narrow: ${g.narrow}`).toEqual([]);
  });
});

describe('force balance: a pair compares like with like', () => {
  test('where one estimator gives both sides’ figures for a year, the pair is that estimator’s (IISS’s “more than 400” beside its “no fighter jets”, not an outlet’s unattributed 465)', () => {
    const m = computeForceBalance(data);
    for (const g of [m.layouts.narrow, m.layouts.wide]) {
      for (const c of [...new Set(g.bars.map((b) => b.category))]) {
        const pair = g.bars.filter((b) => b.category === c);
        const candidates = (side: string) => data.forces.filter((f) => f.category === c && f.actor.id === side);
        const sharedHand = candidates(pair[0].side).some((f) => candidates(pair[1].side).some((o) => o.estimatedBy.id === f.estimatedBy.id && o.asOf === f.asOf && o.asOf === Math.max(...pair.map((b) => b.record.asOf))));
        if (sharedHand) expect(new Set(pair.map((b) => `${b.record.by} ${b.record.asOf}`)).size, `${c}: ${pair.map((b) => `${b.record.valueText} (${b.record.by})`).join(' / ')}`).toBe(1);
      }
      const aircraft = g.bars.find((b) => b.category === 'combat-aircraft' && b.side === 'pakistan-military')!;
      expect(aircraft.record.valueText).toBe('more than 400');
    }
    // the table shows exactly what is drawn
    expect(m.table.rows.find((r) => r[0] === 'Combat aircraft' && r[3] !== '')?.slice(2, 5)).toEqual(['more than 400', 'IISS', '2025']);
  });
});
