import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute, type Geometry } from '../../src/lib/charts/casualty-claims/compute.ts';
import {
  ENCODING, MILITANT_ATTACK_CLAIMS, STATUS_TEXT, chainOf, episodesOf, inScope, reachOf, selectRows, stepsOf, type Claim,
} from '../../src/lib/charts/casualty-claims/select.ts';
import { hatchPath } from '../../src/lib/viz/glyph.ts';
import { collisions, lineBox, outside } from '../../src/lib/viz/box.ts';
import { TYPE } from '../../src/lib/viz/type.ts';
import { formatQuantity } from '../../src/lib/data/quantity.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

let data: ContentData;
beforeAll(async () => {
  const { tree, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  data = plainData(tree);
});

// --- small hand-made inputs -------------------------------------------------------------
const ref = (collection: string, id: string) => ({ collection, id });
let n = 0;
function claim(p: Omit<Partial<Claim>, 'claimant'> & { claimant: string; value: Claim['value'] }, supersedes?: string): Claim {
  const { claimant, ...rest } = p;
  return {
    id: `c-${++n}`, episode: ref('events', '2026-02-26-open-war'), side: 'pakistan', group: 'forces', subject: 'Soldiers',
    counted: 'killed', qualifier: 'exact', quote: 'q', period: { start: '2026-02-26', end: '2026-02-27' }, asserted: '2026-02-27',
    source: ref('sources', 'src-1'), status: 'claimed', ...rest, claimant: ref('actors', claimant),
    ...(supersedes ? { supersedes: ref('claims', supersedes) } : {}),
  } as unknown as Claim;
}
function fixture(claims: Claim[]): ContentData {
  return {
    claims,
    actors: [
      { id: 'pk-mil', shortName: 'Pakistan’s military', stance: 'party', country: 'PK', kind: 'military' },
      { id: 'af-gov', shortName: 'Kabul', stance: 'party', country: 'AF', kind: 'government' },
      { id: 'un', shortName: 'UNAMA', stance: 'monitor', kind: 'un-agency' },
    ],
    sources: [1, 2, 3].map((i) => ({ id: `src-${i}`, title: `T${i}`, publisher: `P${i}`, date: '2026-03-01' })),
    events: [
      { id: '2026-02-22-pakistani-air-strikes', date: '2026-02-21', endDate: '2026-02-22', title: 'Strikes', kind: 'episode' },
      { id: '2026-02-26-open-war', date: '2026-02-26', endDate: '2026-03-16', title: 'Open war', kind: 'episode' },
    ],
  } as unknown as ContentData;
}

describe('selectRows: which claims are plotted', () => {
  test('each plotted claim is its claimant’s current figure: no claim in scope supersedes it', () => {
    const scoped = inScope(data);
    const replaced = new Set(scoped.flatMap((c) => (c.supersedes ? [c.supersedes.id] : [])));
    const rows = selectRows(data);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(replaced.has(r.head.id), r.head.id).toBe(false);
  });

  test('a superseded figure is never a bar, and every current claim of each claimant × whose losses × measure is', () => {
    const rows = selectRows(data);
    const heads = new Set(rows.map((r) => r.head.id));
    const earlier = new Set(rows.flatMap((r) => r.chain.slice(0, -1).map((c) => c.id)));
    for (const id of earlier) expect(heads.has(id), id).toBe(false);
    // every in-scope killed/wounded/captured claim is either a bar or an earlier step of one
    for (const c of inScope(data).filter((c) => c.counted !== 'casualties')) {
      expect(heads.has(c.id) || earlier.has(c.id), c.id).toBe(true);
    }
  });

  test('chains run oldest first, each record superseding the one before it', () => {
    for (const r of selectRows(data)) {
      r.chain.forEach((c, i) => {
        if (i > 0) expect(c.supersedes?.id, c.id).toBe(r.chain[i - 1].id);
        if (i > 0) expect(c.asserted >= r.chain[i - 1].asserted, c.id).toBe(true);
      });
      expect(r.chain.at(-1)).toBe(r.head);
    }
  });

  test('Pakistan’s count of Afghan dead shows how it grew, qualifiers kept, ending at its current figure', () => {
    const row = selectRows(data).find((r) => r.chain.length > 5 && r.measure === 'killed' && r.head.side === 'afghanistan')!;
    expect(row.voice).toBe('pk');
    const texts = row.steps.map((s) => s.valueText);
    expect(texts[0]).toBe('133');
    expect(texts).toContain('at least 274');
    expect(texts).toContain('274');
    expect(texts.at(-1)).toBe(formatQuantity(row.head.value, row.head.qualifier));
  });

  test('hand-made chain: the last record is current, the chain comes back in order', () => {
    const a = claim({ claimant: 'pk-mil', value: 2 });
    const b = claim({ claimant: 'pk-mil', value: 12, asserted: '2026-02-28', period: { start: '2026-02-26', end: '2026-02-28' } }, a.id);
    const c = claim({ claimant: 'pk-mil', value: 12, qualifier: 'at-least', asserted: '2026-03-01', period: { start: '2026-02-26', end: '2026-03-01' } }, b.id);
    const rows = selectRows(fixture([c, a, b]));
    expect(rows.map((r) => r.head.id)).toEqual([c.id]);
    expect(rows[0].chain.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect(chainOf(c, new Map([a, b, c].map((x) => [x.id, x]))).map((x) => x.id)).toEqual([a.id, b.id, c.id]);
  });

  test('steps merge a repeated figure but keep “274” and “at least 274” apart', () => {
    const a = claim({ claimant: 'pk-mil', value: 133 });
    const b = claim({ claimant: 'pk-mil', value: 133 }, a.id);
    const c = claim({ claimant: 'pk-mil', value: 274 }, b.id);
    const d = claim({ claimant: 'pk-mil', value: 274, qualifier: 'at-least' }, c.id);
    expect(stepsOf([a, b, c, d]).map((s) => s.valueText)).toEqual(['133', '274', 'at least 274']);
  });

  test('militant attacks inside Pakistan filed under the strikes are left out; so are totals already broken down', () => {
    const heads = selectRows(data).flatMap((r) => r.chain.map((c) => c.id));
    for (const id of MILITANT_ATTACK_CLAIMS) expect(heads).not.toContain(id);
    const scoped = inScope(data);
    const unamaTotals = scoped.filter((c) => c.counted === 'casualties' && c.claimant.id === 'unama');
    expect(unamaTotals.length).toBeGreaterThan(0);
    for (const c of unamaTotals) expect(heads).not.toContain(c.id);
    // a party's denial (“no reported casualties”) has no breakdown, so it is plotted
    expect(selectRows(data).some((r) => r.measure === 'casualties' && r.head.value === 0)).toBe(true);
  });
});


/** Every text line of an artboard's lead view, with the marks' own lines and bar labels. */
const textsOf = (g: Geometry) => [...g.texts, ...g.marks.flatMap((m) => [...m.lines, ...m.bars.map((b) => b.label)])];
const barsOf = (g: Geometry) => g.marks.flatMap((m) => m.bars);
/** Every number written in a text, with thousands separators removed. */
const numbersIn = (s: string) => [...s.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

describe('episodes', () => {
  test('come from the content: every 2026 episode a casualty claim refers to, oldest first', () => {
    const ids = episodesOf(data).map((e) => e.id);
    expect(ids.slice(0, 2)).toEqual(['2026-02-22-pakistani-air-strikes', '2026-02-26-open-war']);
    expect(ids).toContain('2026-03-16-kabul-hospital-strike');
    // militant attacks inside Pakistan are their own episode, not fighting between the two states
    expect(ids).not.toContain('2026-02-militant-attacks-in-pakistan');
    const dates = episodesOf(data).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  test('a new episode in the content becomes a new block with no code change (the 16 March strike on Kabul)', () => {
    const kabul = { id: '2026-03-16-kabul-strike', date: '2026-03-16', endDate: '2026-03-16', title: 'The strike on Kabul, 16 March 2026', kind: 'episode' };
    const c = claim({ claimant: 'af-gov', value: 400, side: 'afghanistan', group: 'civilians', period: { start: '2026-03-16', end: '2026-03-17' }, asserted: '2026-03-17', episode: ref('events', kabul.id) } as never);
    const base = fixture([claim({ claimant: 'pk-mil', value: 12 }), c]);
    base.events.push(kabul as never);
    const m = compute(base);
    const titles = m.layouts.wide.texts.map((t) => t.spans.map((s) => s.text).join(''));
    expect(titles).toContain(kabul.title);
    expect(titles.indexOf(kabul.title)).toBeGreaterThan(titles.indexOf('Open war'));
  });
});

describe('compute: one scale per measure across the whole chart', () => {
  test('within one measure a larger figure always has a longer bar, across every block and episode', () => {
    for (const g of Object.values(compute(data).layouts)) {
      const bars = barsOf(g);
      for (const a of bars) for (const b of bars) {
        if (a.measure === b.measure && a.value > b.value) expect(a.len, `${a.claim} (${a.value}) vs ${b.claim} (${b.value})`).toBeGreaterThan(b.len);
        if (a.measure === b.measure && a.value === b.value) expect(a.len).toBeCloseTo(b.len, 5);
      }
    }
  });

  test('Pakistan’s count of Afghan fighters is drawn longer than Kabul’s 55 Pakistani soldiers, in proportion (the review’s example)', () => {
    const bars = barsOf(compute(data).layouts.narrow).filter((b) => b.measure === 'killed');
    const big = bars.reduce((a, b) => (b.value > a.value ? b : a));
    const small = bars.find((b) => b.value === 55)!;
    expect(big.value).toBeGreaterThan(500);
    // geometry is rounded to 0.1 px: in proportion within 2 %
    expect(Math.abs(big.len / small.len / (big.value / 55) - 1)).toBeLessThan(0.02);
  });

  test('bars start at the column’s zero; each bar length is its value on the scale', () => {
    for (const g of Object.values(compute(data).layouts)) {
      const bars = barsOf(g);
      const byMeasure = new Map<string, number>();
      for (const b of bars.filter((x) => x.value > 0)) byMeasure.set(b.measure, Math.max(byMeasure.get(b.measure) ?? 0, b.len / b.value));
      for (const b of bars) {
        // a claim of none has no length: a tick standing on the column's zero
        if (b.value === 0) expect([b.len, b.w], b.claim).toEqual([0, 0]);
        else expect(b.len / b.value).toBeCloseTo(byMeasure.get(b.measure)!, 1);
      }
    }
  });
});

describe('compute: encodings', () => {
  test('status → mark: documented solid, corroborated tinted, claimed outlined, disputed and unverifiable hatched', () => {
    expect(ENCODING).toEqual({ documented: 'fill', corroborated: 'tint', claimed: 'outline', disputed: 'hatch', unverifiable: 'hatch' });
    const claims = new Map(data.claims.map((c) => [c.id, c]));
    for (const g of Object.values(compute(data).layouts)) {
      for (const b of barsOf(g)) expect(b.encoding).toBe(ENCODING[claims.get(b.claim)!.status]);
    }
  });

  test('every line writes its status and the date it was stated (wide); on phones both are in its label and tooltip', () => {
    const claims = new Map(data.claims.map((c) => [c.id, c]));
    for (const m of compute(data).layouts.wide.marks) {
      const text = m.lines.map((l) => l.spans.map((s) => s.text).join('')).join(' ').replace(/\u00a0/g, ' ');
      for (const id of m.claims) expect(text, id).toContain(STATUS_TEXT[claims.get(id)!.status]);
      expect(text).toMatch(/\d{1,2} (Jan|Feb|Mar|Apr)/);
    }
    const narrow = compute(data).layouts.narrow;
    for (const m of narrow.marks) {
      for (const id of m.claims) expect(m.ariaLabel + m.tip.meta, id).toContain(STATUS_TEXT[claims.get(id)!.status]);
      expect(m.tip.meta).toMatch(/stated \d{1,2} (Jan|Feb|Mar|Apr)/);
    }
    // and each block of whose losses says when its figures were stated, on its heading's line
    const blocks = narrow.texts.filter((t) => t.role === 'block');
    const stated = narrow.texts.filter((t) => t.role === 'stated');
    expect(stated.length).toBe(blocks.length);
    for (const b of blocks) {
      const s = stated.find((t) => Math.abs(t.y - b.y) < 1)!;
      expect(s, b.spans[0].text).toBeDefined();
      expect(s.spans[0].text.replace(/\u00a0/g, ' ')).toMatch(/^(stated )?\d{1,2}( [A-Z][a-z]{2})?(–\d{1,2} [A-Z][a-z]{2})?$/);
    }
  });

  test('phones: the lead view is one row per claimant line, short enough for about one screen', () => {
    const g = compute(data).layouts.narrow;
    // shown at <= 343 px on a 375 px phone: 620 units is about 660 px
    expect(g.height).toBeLessThanOrEqual(620);
    // (a row's own date may share its line; see casualty-claims-views.test.ts)
    for (const m of g.marks) expect(m.lines.filter((l) => l.role !== 'date').length, m.id).toBe(1);
  });

  test('marks and names are coloured by who makes the claim (side colours only for the parties), not by whose losses', () => {
    const actors = new Map(data.actors.map((a) => [a.id, a]));
    for (const m of compute(data).layouts.wide.marks) {
      const a = actors.get(data.claims.find((c) => c.id === m.claims[0])!.claimant.id)!;
      const expected = a.stance === 'party' ? (a.country === 'PK' ? 'side-pk' : 'side-af') : 'neutral';
      expect(m.tone, m.id).toBe(expected);
    }
  });

  test('“at least” and “more than” get the open-ended glyph and no other qualifier does; the label is the number', () => {
    const claims = new Map(data.claims.map((c) => [c.id, c]));
    const bars = barsOf(compute(data).layouts.wide);
    expect(bars.some((b) => b.open)).toBe(true);
    for (const b of bars) {
      const c = claims.get(b.claim)!;
      expect(b.open, b.claim).toBe(c.qualifier === 'at-least' || c.qualifier === 'more-than');
      if (b.value === 0) expect(b.label.spans.map((s) => s.text).join('').replace(/\u00a0/g, ' ')).toMatch(/^(none|0|no casualties|none \w+)$/);
      else expect(numbersIn(b.label.spans.map((s) => s.text).join(''))).toEqual([reachOf(c)]);
    }
  });

  test('a range runs from its low to its high end', () => {
    const r = claim({ claimant: 'un', value: [20, 40], qualifier: 'range', status: 'documented' });
    const g = compute(fixture([claim({ claimant: 'pk-mil', value: 80 }), r])).layouts.wide;
    const bar = barsOf(g).find((b) => b.claim === r.id)!;
    const big = barsOf(g).find((b) => b.value === 80)!;
    expect(bar.low).toBeDefined();
    expect(bar.x + bar.w - big.x).toBeCloseTo(big.w / 2, 0);
    expect(bar.w).toBeCloseTo(big.w / 4, 0);
  });
});

describe('compute: nothing is summed, nothing is lost', () => {
  test('every current claim whole-episode and above zero is drawn once as a bar, and every number drawn is a record’s own', () => {
    // (the rest, and the running counts' dots, are checked in casualty-claims-views.test.ts)
    const m = compute(data);
    const rows = selectRows(data);
    const drawn = m.layouts.wide.marks.flatMap((x) => x.claims);
    expect(new Set(drawn).size).toBe(drawn.length);
    const listed = rows.filter((r) => !drawn.includes(r.head.id));
    expect(listed.length).toBeLessThan(rows.length / 2);
    const recorded = new Set(data.claims.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value])));
    for (const b of barsOf(m.layouts.wide)) expect(recorded.has(b.value), String(b.value)).toBe(true);
    for (const t of m.layouts.wide.counts.marks.flatMap((x) => x.trails)) for (const d of t.dots) expect(recorded.has(d.value), String(d.value)).toBe(true);
  });

  test('the summary attributes every figure and only quotes recorded figures', () => {
    const { summary } = compute(data);
    const recorded = new Set(data.claims.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value])));
    for (const n of numbersIn(summary.replace(/\b20\d\d\b/g, ''))) expect(recorded.has(n), `${n} in “${summary}”`).toBe(true);
    expect(summary).toMatch(/Pakistan’s government says \d{3}/);
    expect(summary).toMatch(/independently verified/);
  });

  test('the table lists exactly the plotted records (bars and earlier figures) and the source line exactly their sources', () => {
    const m = compute(data);
    const rows = selectRows(data);
    expect(m.table.rows).toHaveLength(rows.reduce((n, r) => n + r.chain.length, 0));
    const ids = [...new Set(rows.flatMap((r) => r.chain.map((c) => c.source.id)))];
    expect(m.sources.map((s) => s.id)).toEqual(ids);
    expect(m.table.rows.map((r) => r.at(-1))).toEqual(rows.flatMap((r) => r.chain.map((c) => c.source.id)));
  });
});

describe('compute: layout', () => {
  test('no two labels overlap and none leaves its artboard, in the matrix and the running counts (font metrics table)', () => {
    for (const g of Object.values(compute(data).layouts)) {
      const boxes = textsOf(g).map(lineBox);
      expect(collisions(boxes).map(([a, b]) => `${a.what} × ${b.what}`)).toEqual([]);
      expect(outside(boxes, g.width, g.height).map((b) => b.what)).toEqual([]);
      const counts = g.counts.texts.map(lineBox);
      expect(collisions(counts).map(([a, b]) => `${a.what} × ${b.what}`)).toEqual([]);
      expect(outside(counts, g.counts.width, g.counts.height).map((b) => b.what)).toEqual([]);
    }
  });

  test('no label runs into a bar or its open end', () => {
    for (const g of Object.values(compute(data).layouts)) {
      const labels = textsOf(g).map(lineBox);
      for (const b of barsOf(g)) {
        const box = { x1: b.x, x2: b.x + b.w + (b.open ? 9 : 0), y1: b.y, y2: b.y + b.h };
        for (const l of labels) expect(l.x1 < box.x2 && box.x1 < l.x2 && l.y1 < box.y2 && box.y1 < l.y2, `${l.what} over ${b.claim}`).toBe(false);
      }
    }
  });

  test('every text is set at the kit’s one size or the heading size', () => {
    for (const g of Object.values(compute(data).layouts)) {
      for (const t of [...textsOf(g), ...g.counts.texts]) expect([TYPE.size, TYPE.heading]).toContain(t.size);
    }
  });

  test('hatching is line segments kept inside the bar, so it stays vector in print', () => {
    const d = hatchPath(10, 20, 40, 12);
    const pts = [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)l(-?[\d.]+),?(-?[\d.]+)/g)].flatMap((m) => {
      const [x, y, dx, dy] = m.slice(1).map(Number);
      return [[x, y], [x + dx, y + dy]];
    });
    expect(pts.length).toBe(2 * (d.match(/M/g) ?? []).length);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(50.05);
      expect(y).toBeGreaterThanOrEqual(19.95);
      expect(y).toBeLessThanOrEqual(32);
    }
  });
});
