import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import {
  compute, PANELS, SERIES_STYLE, RANGE_START, PLOTTED_MEASURES, selectMilestones, selectRecords, textBoxes, timeDomain,
  type Geometry, type Mark,
} from '../../src/lib/charts/returnee-flows/compute.ts';
import { overlaps } from '../../src/lib/charts/returnee-flows/labels.ts';
import { formatPeriod } from '../../src/lib/charts/returnee-flows/period.ts';
import { formatQuantity } from '../../src/lib/data/quantity.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

let data: ContentData;
beforeAll(async () => {
  const { tree, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  data = plainData(tree);
});

type Layout = Geometry & { width: number; height: number };
const marksOf = (g: Layout) => g.panels.flatMap((p) => p.marks);
const magnitude = (v: Mark['value']) => (Array.isArray(v) ? v[1] : v);
const each = (fn: (name: string, g: Layout) => void) => {
  const model = compute(data);
  for (const [name, g] of Object.entries(model.layouts)) fn(name, g);
};

describe('returnee-flows on the project content', () => {
  test('every mark is exactly one record: its value is that record’s value, never a sum', () => {
    each((name, g) => {
      const ids = marksOf(g).map((m) => m.id);
      expect(new Set(ids).size, `${name}: a record drawn twice`).toBe(ids.length);
      for (const m of marksOf(g)) {
        const r = data.returnees.find((x) => x.id === m.id);
        expect(r, m.id).toBeDefined();
        expect(m.value).toEqual(r!.value);
        expect([m.origin, m.series, m.measure, m.qualifier]).toEqual([r!.origin, r!.series, r!.measure, r!.qualifier]);
      }
    });
  });

  test('a mark’s height is its own value on its panel’s scale, which starts at zero', () => {
    each((name, g) => {
      for (const p of g.panels) {
        const zero = p.ticks.find((t) => t.text === '0')!;
        const top = p.ticks.at(-1)!;
        const topValue = Number(top.text.replace('m', 'e6').replace('k', 'e3'));
        for (const m of p.marks) {
          const expected = zero.y + (magnitude(m.value) / topValue) * (top.y - zero.y);
          expect(m.y, `${name}: ${m.id}`).toBeCloseTo(expected, 6);
        }
      }
    });
  });

  test('each origin has its own panel: figures for both countries are never drawn with either', () => {
    each((_, g) => {
      expect(g.panels.map((p) => p.origin)).toEqual(PANELS.map((p) => p.origin));
      for (const p of g.panels) for (const m of p.marks) expect(m.origin).toBe(p.origin);
    });
  });

  test('series are never mixed: one dash and one marker per series, and no two series look alike', () => {
    const looks = Object.values(SERIES_STYLE).map((s) => `${s.dash}|${s.marker}`);
    expect(new Set(looks).size).toBe(looks.length);
    each((_, g) => {
      for (const m of marksOf(g)) expect([m.dash, m.marker]).toEqual([SERIES_STYLE[m.series].dash, SERIES_STYLE[m.series].marker]);
      for (const l of g.legend) expect([l.dash, l.marker]).toEqual([SERIES_STYLE[l.series].dash, SERIES_STYLE[l.series].marker]);
      expect(g.legend.map((l) => l.series).sort()).toEqual([...new Set(marksOf(g).map((m) => m.series))].sort());
    });
  });

  test('each mark spans its own period on one time axis: earlier days lie further left', () => {
    each((name, g) => {
      const points = marksOf(g).flatMap((m) => [[m.period.start, m.x1], [m.period.end, m.x2]] as [string, number][]);
      for (const m of marksOf(g)) expect(m.x2, `${name}: ${m.id}`).toBeGreaterThan(m.x1);
      for (const [d1, x1] of points) for (const [d2, x2] of points) if (d1 < d2) expect(x1).toBeLessThan(x2 + 1e-9);
      for (const m of marksOf(g)) expect(m.x1).toBeGreaterThanOrEqual(g.plotX);
      for (const m of marksOf(g)) expect(m.x2).toBeLessThanOrEqual(g.plotRight);
    });
  });

  test('rows and marks are in time order within each origin', () => {
    const model = compute(data);
    const marks = marksOf(model.layouts.wide);
    for (let i = 1; i < marks.length; i++) {
      const [a, b] = [marks[i - 1], marks[i]];
      if (a.origin === b.origin) expect(`${a.period.end}${a.period.start}` <= `${b.period.end}${b.period.start}`, `${a.id} before ${b.id}`).toBe(true);
    }
    expect(model.table.rows.map((r) => r[3])).toEqual(marks.map((m) => m.valueText));
  });

  test('qualifiers are kept: a bound is written as a bound, in the labels, tooltips and table', () => {
    const model = compute(data);
    const marks = marksOf(model.layouts.wide);
    expect(marks.some((m) => m.qualifier !== 'exact')).toBe(true);
    for (const m of marks) {
      expect(m.valueText).toBe(formatQuantity(m.value, m.qualifier));
      expect(m.tip.value).toBe(m.valueText);
      if (m.qualifier !== 'exact') expect(m.valueText).toMatch(/^(more than|at least|about|up to|fewer than) /);
      if (m.label) expect(m.label.value).toBe(m.valueText);
    }
  });

  test('only counts of people returning are drawn, from 2023 on; everything left out is accounted for', () => {
    const { plotted, excluded } = selectRecords(data);
    expect(plotted.length + excluded.length).toBe(data.returnees.length);
    for (const r of plotted) {
      expect(PLOTTED_MEASURES).toContain(r.measure);
      expect(r.period.start >= RANGE_START).toBe(true);
      expect(r.period.end).toBeDefined();
    }
    expect(plotted.some((r) => r.series === 'host-population' || r.series === 'unhcr-projection')).toBe(false);
  });

  test('milestones are the policy events within the time axis, numbered in date order, with their titles', () => {
    const model = compute(data);
    const g = model.layouts.wide;
    const [from, to] = timeDomain(selectRecords(data).plotted);
    const expected = data.events.filter((e) => e.kind === 'policy' && e.date >= from && e.date <= to && e.actors.some((a) => a.id === 'pakistan-government' || a.id === 'iran'));
    expect(g.milestones.map((m) => m.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(g.milestones.length).toBeGreaterThan(0);
    expect(g.milestones.map((m) => m.date)).toEqual([...g.milestones.map((m) => m.date)].sort());
    expect(g.milestones.map((m) => m.n)).toEqual(g.milestones.map((_, i) => i + 1));
    for (const [name, layout] of Object.entries(model.layouts)) {
      const key = layout.key.lines.map((l) => l.text).join(' ');
      for (const m of layout.milestones) expect(key, name).toContain(m.title);
      for (const p of layout.panels) {
        const xs = p.badges.map((b) => b.x);
        expect(xs).toEqual([...xs].sort((a, b) => a - b));
        for (const x of xs) expect(x >= layout.plotX && x <= layout.plotRight).toBe(true);
      }
    }
  });

  test('labels stay inside the artboard and none overlaps another (0.55 em per character, Inter’s average)', () => {
    each((name, g) => {
      const boxes = textBoxes(g, 0.55);
      for (const b of boxes) {
        expect(b.x, `${name}: ${b.text}`).toBeGreaterThanOrEqual(-0.5);
        expect(b.x + b.w, `${name}: ${b.text}`).toBeLessThanOrEqual(g.width + 0.5);
        expect(b.y, `${name}: ${b.text}`).toBeGreaterThanOrEqual(-0.5);
        expect(b.y + b.h, `${name}: ${b.text}`).toBeLessThanOrEqual(g.height + 0.5);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i], boxes[j]), `${name}: “${boxes[i].text}” overlaps “${boxes[j].text}”`).toBe(false);
        }
      }
    });
  });

  test('value labels sit within their panel and near their own mark', () => {
    each((name, g) => {
      for (const p of g.panels) {
        for (const m of p.marks.filter((x) => x.label)) {
          const b = m.label!.box;
          expect(b.y + b.h, `${name}: ${m.id}`).toBeLessThanOrEqual(p.plotBottom + 0.5);
          const dx = Math.max(0, b.x - m.x2, m.x1 - (b.x + b.w));
          const dy = Math.max(0, b.y - m.y, m.y - (b.y + b.h));
          expect(Math.hypot(dx, dy), `${name}: ${m.id}`).toBeLessThan(5 * g.em);
          if (Math.hypot(dx, dy) > g.em) expect(m.label!.leader, `${name}: ${m.id} needs a leader line`).toBeDefined();
        }
      }
    });
  });

  test('most figures are labelled on the wide artboard; every one is in the table', () => {
    const model = compute(data);
    const marks = marksOf(model.layouts.wide);
    expect(marks.filter((m) => m.label).length / marks.length).toBeGreaterThan(0.8);
    expect(model.table.rows.length).toBe(marks.length);
    expect(marksOf(model.layouts.narrow).map((m) => m.id)).toEqual(marks.map((m) => m.id));
  });

  test('the table holds exactly the plotted records and the source line exactly their sources', () => {
    const model = compute(data);
    const marks = marksOf(model.layouts.wide);
    expect(model.table.rows.map((r) => r[5])).toEqual(marks.map((m) => m.source));
    expect(model.table.rows.map((r) => r[4].replace(' (running total)', ''))).toEqual(marks.map((m) => formatPeriod(m.period.start, m.period.end).replace(/^in /, '')));
    expect(model.sources.map((s) => s.id)).toEqual([...new Set(marks.map((m) => m.source))]);
  });

  test('the summary names the publisher of every figure it gives', () => {
    const { summary } = compute(data);
    const figures = summary.match(/(?:about |more than |fewer than |at least )?\d[\d,.]*(?: million)? (?:returns|border crossings)/g) ?? [];
    expect(figures.length).toBe(PANELS.length);
    expect(summary.match(/according to (UNHCR|OCHA|IOM|the IFRC|Pakistan's government|News reports)/g)?.length).toBe(figures.length);
    expect(summary).toMatch(/none are added together/);
  });
});

describe('returnee-flows on small hand-made inputs', () => {
  const ref = (collection: string, id: string) => ({ collection, id });
  const base = (): ContentData => ({
    sources: [
      { id: 's-own', title: 'Own', publisher: 'UNHCR (briefing note)', date: '2025-08-01' },
      { id: 's-wire', title: 'Wire', publisher: 'A wire service', date: '2025-08-02' },
    ],
    actors: [
      { id: 'unhcr', shortName: 'UNHCR' }, { id: 'iom', shortName: 'IOM' }, { id: 'pakistan-government', shortName: 'Pakistan’s government' },
    ],
    events: [
      { id: 'e-policy', date: '2025-04-01', kind: 'policy', title: 'A deadline passes', actors: [ref('actors', 'pakistan-government')] },
      { id: 'e-talks', date: '2025-05-01', kind: 'talks', title: 'Talks', actors: [ref('actors', 'pakistan-government')] },
      { id: 'e-old', date: '2019-05-01', kind: 'policy', title: 'An old policy', actors: [ref('actors', 'pakistan-government')] },
    ],
    places: [], claims: [], forces: [], militancy: [], figures: [],
    returnees: [],
  }) as unknown as ContentData;
  const rec = (id: string, over: Record<string, unknown>) => ({
    id, origin: 'PK', series: 'unhcr-returns', measure: 'returns', value: 100, qualifier: 'exact', quote: 'q 100',
    period: { start: '2025-01-01', end: '2025-06-30' }, cumulative: true,
    publisher: ref('actors', 'unhcr'), source: ref('sources', 's-own'), ...over,
  }) as unknown as ContentData['returnees'][number];

  test('two series counting the same period are drawn side by side, not added together', () => {
    const d = base();
    d.returnees = [rec('a', {}), rec('b', { series: 'iom-flow-monitoring', measure: 'inflows', value: 50, publisher: ref('actors', 'iom') })];
    const g = compute(d).layouts.wide;
    expect(marksOf(g).map((m) => m.value).sort()).toEqual([100, 50].sort());
    expect(marksOf(g).some((m) => m.value === 150)).toBe(false);
    expect(new Set(marksOf(g).map((m) => m.dash)).size).toBe(2);
  });

  test('a second report of the same figure is drawn once, from the publisher’s own document', () => {
    const d = base();
    d.returnees = [rec('from-wire', { source: ref('sources', 's-wire') }), rec('from-unhcr', {})];
    const model = compute(d);
    expect(marksOf(model.layouts.wide).map((m) => m.id)).toEqual(['from-unhcr']);
    expect(model.sources.map((s) => s.id)).toEqual(['s-own']);
    expect(model.notes.join(' ')).toContain('a second report of a figure already shown');
  });

  test('stocks, undated figures and figures before 2023 are left out and named in the notes', () => {
    const d = base();
    d.returnees = [
      rec('kept', {}),
      rec('stock', { series: 'host-population', measure: 'population', value: 1_000_000, cumulative: false }),
      rec('undated', { period: { start: '2024-01-01' } }),
      rec('old', { period: { start: '2018-01-01', end: '2018-12-15' } }),
    ];
    const model = compute(d);
    expect(marksOf(model.layouts.wide).map((m) => m.id)).toEqual(['kept']);
    const notes = model.notes.join(' ');
    expect(notes).toContain('counts of Afghans living in Pakistan or Iran');
    expect(notes).toContain('one figure whose end date is not known');
    expect(notes).toContain('figures from before 2023');
  });

  test('a panel is drawn only for an origin with figures; milestones are policy events in range only', () => {
    const d = base();
    d.returnees = [rec('kept', {})];
    const g = compute(d).layouts.wide;
    expect(g.panels.map((p) => p.origin)).toEqual(['PK']);
    expect(selectMilestones(d, '2025-01-01', '2025-10-01').map((m) => m.id)).toEqual(['e-policy']);
    expect(g.milestones.map((m) => m.id)).toEqual(['e-policy']);
    expect(compute(d).notes.join(' ')).toContain('Iran’s deadlines');
  });
});

describe('returnee-flows colours', () => {
  const hex = (css: string, block: RegExp) => Object.fromEntries([...(css.match(block)?.[1] ?? '').matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  const lum = (h: string) => {
    const c = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

  test('every series colour reaches 4.5:1 against the paper in both themes', () => {
    const css = readFileSync('src/styles/charts/returnee-flows.css', 'utf8');
    const global = readFileSync('src/styles/global.css', 'utf8');
    const paper = { light: hex(global, /@theme \{([^}]*)\}/)['color-paper'], dark: hex(global, /:root\.dark \{([^}]*)\}/)['color-paper'] };
    const themes = { light: hex(css, /:root \{([^}]*)\}/), dark: hex(css, /:root\.dark \{([^}]*)\}/) };
    const series = Object.keys(SERIES_STYLE).filter((s) => s !== 'unhcr-projection' && s !== 'host-population');
    for (const [theme, colours] of Object.entries(themes)) {
      for (const s of series) {
        const c = colours[`rf-${s}`];
        expect(c, `${theme} colour for ${s}`).toBeDefined();
        expect(contrast(c, paper[theme as 'light']), `${theme} ${s}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
