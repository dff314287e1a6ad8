import { hatchPath } from '../../src/lib/charts/casualty-claims/hatch.ts';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute, type Geometry, type Mark } from '../../src/lib/charts/casualty-claims/compute.ts';
import {
  ENCODING, MILITANT_ATTACK_CLAIMS, STATUS_TEXT, chainOf, inScope, selectRows, stepsOf, voiceOf, type Claim,
} from '../../src/lib/charts/casualty-claims/select.ts';
import { keep, spansWidth, wrapSpans, type TextLine } from '../../src/lib/charts/casualty-claims/text.ts';
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

// --- geometry helpers -------------------------------------------------------------------
type Box = { x1: number; x2: number; y1: number; y2: number; what: string };
const textBox = (t: TextLine): Box => ({
  x1: t.x, x2: t.x + spansWidth(t.spans, t.size), y1: t.y - t.size * 0.8, y2: t.y + t.size * 0.22,
  what: t.spans.map((s) => s.text).join(''),
});
const allText = (g: Geometry) => [...g.texts, ...g.marks.flatMap((m) => m.lines)];
function shapeBoxes(m: Mark): Box[] {
  const out: Box[] = [];
  if (m.bar) out.push({ x1: m.bar.x, x2: m.bar.x + m.bar.w, y1: m.bar.y, y2: m.bar.y + m.bar.h, what: `bar ${m.id}` });
  if (m.open) out.push({ x1: Math.min(m.open.x1, m.open.x2) - 5, x2: Math.max(m.open.x1, m.open.x2), y1: m.open.y - 5, y2: m.open.y + 5, what: `end ${m.id}` });
  if (m.zero) out.push({ x1: m.zero.cx - m.zero.r, x2: m.zero.cx + m.zero.r, y1: m.zero.cy - m.zero.r, y2: m.zero.cy + m.zero.r, what: `zero ${m.id}` });
  for (const t of [...m.ticks, ...m.ends]) out.push({ x1: t.x - 1, x2: t.x + 1, y1: t.y1, y2: t.y2, what: `tick ${m.id}` });
  return out;
}
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
/** Every number written in a text, with thousands separators removed. */
const numbersIn = (s: string) => [...s.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

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

describe('compute: encodings', () => {
  test('status → mark: documented solid, corroborated tinted, claimed outlined, disputed and unverifiable hatched', () => {
    expect(ENCODING).toEqual({ documented: 'fill', corroborated: 'tint', claimed: 'outline', disputed: 'hatch', unverifiable: 'hatch' });
    for (const g of Object.values(compute(data).layouts)) {
      for (const m of g.marks) {
        expect(m.encoding).toBe(ENCODING[m.status]);
        const label = m.lines[m.valueLine].spans.map((s) => s.text).join('');
        expect(label, m.id).toContain(STATUS_TEXT[m.status]);
      }
    }
  });

  test('marks are coloured by who makes the claim, not by whose losses', () => {
    const rows = selectRows(data);
    const actors = new Map(data.actors.map((a) => [a.id, a]));
    const marks = compute(data).layouts.wide.marks;
    marks.forEach((m, i) => expect(m.voice).toBe(voiceOf(actors.get(rows[i].head.claimant.id)!)));
    // both sides' claimants appear among the claims about Pakistani forces
    const pkLosses = rows.filter((r) => r.block === 'pakistan:combatants').map((r) => r.voice);
    expect(new Set(pkLosses)).toEqual(new Set(['pk', 'af']));
  });

  test('qualifiers are kept: the label is the record’s figure as written and the end shape follows the qualifier', () => {
    const rows = selectRows(data);
    const { marks } = compute(data).layouts.narrow;
    marks.forEach((m, i) => {
      expect(m.valueText).toBe(formatQuantity(rows[i].head.value, rows[i].head.qualifier));
      if (['at-least', 'more-than'].includes(rows[i].head.qualifier)) {
        expect(m.valueText).toMatch(/^(at least|more than) /);
        expect(m.open?.dir).toBe(1);
      }
    });
    expect(marks.some((m) => m.open)).toBe(true);
  });

  test('a range is a span from its low to its high end, with both ends marked and written', () => {
    const r = claim({ claimant: 'af-gov', value: [30, 50], qualifier: 'range' });
    const e = claim({ claimant: 'pk-mil', value: 12 });
    const m = compute(fixture([r, e])).layouts.wide.marks.find((x) => x.id === r.id)!;
    expect(m.valueText).toBe('30–50');
    expect(m.stub).toBeDefined();
    expect(m.ends).toHaveLength(2);
    expect(m.bar!.x).toBeCloseTo(m.ends[0].x, 1);
    expect(m.bar!.x + m.bar!.w).toBeCloseTo(m.ends[1].x, 1);
  });

  test('“up to”, “about” and a corroborated claim get their own shapes and fill', () => {
    const up = claim({ claimant: 'af-gov', value: 40, qualifier: 'up-to' });
    const about = claim({ claimant: 'un', value: 20, qualifier: 'about', status: 'documented' });
    const cor = claim({ claimant: 'pk-mil', value: 12, status: 'corroborated' });
    const marks = compute(fixture([up, about, cor])).layouts.narrow.marks;
    const by = (c: Claim) => marks.find((m) => m.id === c.id)!;
    expect(by(up).open?.dir).toBe(-1);
    expect(by(about).about).toBeDefined();
    expect(by(cor).encoding).toBe('tint');
  });
});

describe('compute: nothing is summed across claimants', () => {
  test('one mark per current claim, and every number drawn is a record’s own figure', () => {
    const model = compute(data);
    const rows = selectRows(data);
    const stated = new Set(rows.flatMap((r) => r.chain.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]))));
    for (const g of Object.values(model.layouts)) {
      expect(g.marks.map((m) => m.id)).toEqual(rows.map((r) => r.head.id));
      for (const m of g.marks) {
        for (const t of [m.valueText, ...m.historyTexts]) for (const v of numbersIn(t)) expect(stated.has(v), `${m.id}: ${t}`).toBe(true);
      }
    }
  });

  test('no drawn figure equals the sum of two other claimants’ figures unless a record states it', () => {
    const rows = selectRows(data);
    const heads = rows.map((r) => r.head);
    for (const m of compute(data).layouts.wide.marks) {
      const own = heads.find((h) => h.id === m.id)!;
      const v = numbersIn(m.valueText)[0];
      const sums = heads.flatMap((a) => heads.filter((b) => a.id < b.id && a.claimant.id !== b.claimant.id && a.id !== own.id && b.id !== own.id && (a.value as number) + (b.value as number) === v));
      if (sums.length) expect(own.value, `${m.id} equals a sum`).toBe(v); // stated by its own record
    }
  });

  test('the summary attributes every figure and only quotes recorded figures', () => {
    const { summary } = compute(data);
    const rows = selectRows(data);
    const stated = new Set(rows.flatMap((r) => r.chain.map((c) => c.value as number)));
    const withoutDates = summary.replace(/\d{1,2} (January|February|March|April)/g, '');
    for (const v of numbersIn(withoutDates)) expect(stated.has(v), String(v)).toBe(true);
    expect(summary).toMatch(/Pakistan’s (government|military)/);
    expect(summary).toMatch(/Taliban authorities/);
    expect(summary).toMatch(/UNAMA documented/);
    expect(summary).toContain('could be independently verified');
    expect(summary.split(/(?<=\.) /).length).toBeLessThanOrEqual(2);
  });
});

describe('compute: table and sources', () => {
  test('the table lists exactly the plotted records (bars and earlier figures) and the source line exactly their sources', () => {
    const model = compute(data);
    const rows = selectRows(data);
    const records = rows.flatMap((r) => r.chain);
    expect(model.table.rows).toHaveLength(records.length);
    expect(model.table.rows.map((r) => r.at(-1))).toEqual(records.map((c) => c.source.id));
    expect(model.table.rows.filter((r) => r[7] === 'current figure (bar)').map((r) => r[4])).toEqual(model.layouts.wide.marks.map((m) => m.valueText));
    expect(model.sources.map((s) => s.id).sort()).toEqual([...new Set(records.map((c) => c.source.id))].sort());
  });
});

describe('wrapSpans', () => {
  test('lines stay within the width and a value written with no-break spaces is never split', () => {
    const spans = [{ text: 'Pakistan’s government', cls: 'name' as const, voice: 'pk' }, { text: ` · 27 Feb: ${keep('at least 274')} → ${keep('more than 400')} → 583 and more words to wrap`, cls: 'muted' as const }];
    for (const width of [120, 200, 300]) {
      const lines = wrapSpans(spans, width, 14);
      for (const l of lines) expect(spansWidth(l, 14)).toBeLessThanOrEqual(width);
      const texts = lines.map((l) => l.map((s) => s.text).join(''));
      expect(texts.some((t) => t.includes(keep('at least 274')))).toBe(true);
      expect(texts.join(' ').replace(/\s+/g, ' ')).toContain('Pakistan’s government');
    }
  });
});

describe('compute: layout', () => {
  test('every label stays inside its artboard and no two labels overlap (0.55 em per character or more)', () => {
    for (const [name, g] of Object.entries(compute(data).layouts)) {
      const boxes = allText(g).map(textBox);
      for (const b of boxes) {
        expect(b.x1, `${name}: ${b.what}`).toBeGreaterThanOrEqual(0);
        expect(b.x2, `${name}: ${b.what}`).toBeLessThanOrEqual(g.width);
        expect(b.y1, `${name}: ${b.what}`).toBeGreaterThanOrEqual(0);
        expect(b.y2, `${name}: ${b.what}`).toBeLessThanOrEqual(g.height);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlap(boxes[i], boxes[j]), `${name}: “${boxes[i].what}” and “${boxes[j].what}”`).toBe(false);
        }
      }
    }
  });

  test('no label runs into a bar, an open end, a tick or a zero mark', () => {
    for (const [name, g] of Object.entries(compute(data).layouts)) {
      const texts = allText(g).map(textBox);
      const shapes = g.marks.flatMap(shapeBoxes);
      for (const t of texts) for (const s of shapes) expect(overlap(t, s), `${name}: “${t.what}” and ${s.what}`).toBe(false);
      for (const s of shapes) expect(s.x2, `${name}: ${s.what}`).toBeLessThanOrEqual(g.width);
    }
  });

  test('text is 14 px on the narrow artboard and 13 px on the wide one, or larger', () => {
    const { narrow, wide } = compute(data).layouts;
    for (const t of allText(narrow)) expect(t.size).toBeGreaterThanOrEqual(14);
    for (const t of allText(wide)) expect(t.size).toBeGreaterThanOrEqual(13);
    expect(narrow.width).toBe(360);
    expect(wide.width).toBe(720);
  });

  test('hatching is line segments kept inside the bar, so it stays vector in print', () => {
    const segments = [...hatchPath(10, 20, 40, 12).matchAll(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)].map((m) => m.slice(1).map(Number));
    expect(segments.length).toBeGreaterThan(5);
    for (const [x1, y1, x2, y2] of segments) {
      for (const [x, y] of [[x1, y1], [x2, y2]]) {
        expect(x).toBeGreaterThanOrEqual(10); expect(x).toBeLessThanOrEqual(50);
        expect(y).toBeGreaterThanOrEqual(20); expect(y).toBeLessThanOrEqual(32);
      }
      expect(Math.abs(Math.abs(x2 - x1) - Math.abs(y1 - y2))).toBeLessThan(0.2); // 45 degrees
    }
  });

  test('within a block the largest figure has the longest bar: one scale per block', () => {
    const rows = selectRows(data);
    const { marks } = compute(data).layouts.wide;
    const blocks = new Map<string, { v: number; w: number }[]>();
    marks.forEach((m, i) => {
      if (!m.bar || rows[i].head.qualifier === 'range') return;
      const key = `${rows[i].episode}|${rows[i].block}`;
      blocks.set(key, [...(blocks.get(key) ?? []), { v: rows[i].head.value as number, w: m.bar.w }]);
    });
    for (const list of blocks.values()) {
      const k = list[0].w / list[0].v;
      for (const b of list) if (b.w > 2) expect(Math.abs(b.w - k * b.v)).toBeLessThan(0.25); // geometry is rounded to 0.1 px
    }
  });
});

describe('colours', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const token = (block: string, name: string) => block.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];
  const light = css.slice(css.indexOf('@theme {'), css.indexOf('}', css.indexOf('@theme {')));
  const dark = css.slice(css.indexOf(':root.dark {'), css.indexOf('}', css.indexOf(':root.dark {')));
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

  test.each([['light', light], ['dark', dark]])('label colours reach 4.5:1 against the paper (%s theme)', (_, block) => {
    const paper = token(block, 'color-paper')!;
    for (const name of ['color-ink', 'color-muted', 'color-side-pk', 'color-side-af', 'color-side-monitor']) {
      expect(contrast(token(block, name)!, paper), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('the three claimant colours differ in lightness, so they part in greyscale', () => {
    for (const block of [light, dark]) {
      const ls = ['color-side-pk', 'color-side-af', 'color-side-monitor'].map((n) => lum(token(block, n)!));
      for (let i = 0; i < ls.length; i++) for (let j = i + 1; j < ls.length; j++) expect(Math.abs(ls[i] - ls[j])).toBeGreaterThan(0.02);
    }
  });
});
