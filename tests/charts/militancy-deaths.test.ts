import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute, allText, allMarks, plottedRecords, type Geometry } from '../../src/lib/charts/militancy-deaths/compute.ts';
import { classify, segments, definitionBreaks, selectRecords, TIME_MEASURES } from '../../src/lib/charts/militancy-deaths/series.ts';
import { textWidth, lineText, overlaps, segmentHitsBox, type Box, type TextLine } from '../../src/lib/charts/militancy-deaths/labels.ts';
import { chartById } from '../../src/lib/charts/registry.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

let data: ContentData;
beforeAll(async () => {
  const { tree, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  data = plainData(tree);
});

type Rec = ContentData['militancy'][number];
const ref = (collection: string, id: string) => ({ collection, id });
let n = 0;
/** A hand-made militancy record: `rec('crss', 2020, 600)`, with overrides. */
const rec = (publisher: string, year: number, value: number, more: Partial<Record<string, unknown>> = {}): Rec => ({
  id: `r${++n}`, publisher: ref('actors', publisher), year, measure: 'all-violence-deaths', definition: 'Deaths in attacks and operations.',
  value, qualifier: 'exact', quote: `${value} people died`, source: ref('sources', 's1'), ...more,
}) as unknown as Rec;
const handMade = (militancy: Rec[]): ContentData => ({
  militancy,
  actors: [
    { id: 'crss', shortName: 'CRSS' }, { id: 'picss', shortName: 'PICSS' }, { id: 'news-media', shortName: 'News reports' },
  ],
  sources: [{ id: 's1', title: 'Report', publisher: 'Dawn', date: '2026-01-01' }, { id: 's2', title: 'Report', publisher: 'The National', date: '2026-02-27' }],
}) as unknown as ContentData;

const values = (lines: TextLine[]) => lines.flatMap((l) => l.parts.filter((p) => p.cls === 'value' || p.cls === 'value-earlier').map((p) => p.text));
const linePoints = (d: string) => d.slice(1).split('L').map((s) => s.split(',').map(Number) as [number, number]);
const markerBox = (g: Geometry, m: { x: number; y: number }): Box => ({ x0: m.x - g.markerR, x1: m.x + g.markerR, y0: m.y - g.markerR, y1: m.y + g.markerR });

describe('series: one per publisher and measure, never merged', () => {
  test('two publishers counting the same measure in the same years stay two series, each figure drawn as given', () => {
    const d = handMade([rec('crss', 2020, 600), rec('crss', 2021, 853), rec('picss', 2020, 500), rec('picss', 2021, 700)]);
    const cs = classify(d.militancy, d);
    expect(new Set(cs.map((c) => c.series))).toEqual(new Set(['crss|all-violence-deaths', 'picss|all-violence-deaths']));
    const model = compute(d);
    const panel = model.layouts.wide.panels[0];
    expect(panel.lines).toHaveLength(2);
    expect(panel.marks).toHaveLength(4); // one per record: nothing averaged, nothing summed
    expect(model.table.rows.map((r) => r[3]).sort()).toEqual(['500', '600', '700', '853']);
  });

  test('a measure gets its own panel: attack-only counts never share a line with attack-and-operation counts', () => {
    const d = handMade([rec('crss', 2020, 600), rec('crss', 2021, 853), rec('crss', 2020, 300, { measure: 'attack-deaths' }), rec('crss', 2021, 400, { measure: 'attack-deaths' })]);
    const { panels } = compute(d).layouts.wide;
    expect(panels.map((p) => p.measure)).toEqual(['all-violence-deaths', 'attack-deaths']);
    for (const p of panels) expect(p.lines).toHaveLength(1);
  });

  test('on the project content, every line joins figures of one series only, and every panel holds one measure', () => {
    const model = compute(data);
    const byId = new Map(plottedRecords(data).map((c) => [c.rec.id, c]));
    for (const g of Object.values(model.layouts)) {
      for (const p of g.panels) {
        expect(p.marks.every((m) => byId.get(m.id)!.rec.measure === p.measure)).toBe(true);
        for (const line of p.lines) {
          const onLine = linePoints(line.d).map(([x, y]) => p.marks.find((m) => Math.abs(m.x - x) < 0.01 && Math.abs(m.y - y) < 0.01)!);
          expect(onLine.every(Boolean)).toBe(true);
          expect(new Set(onLine.map((m) => byId.get(m.id)!.series))).toEqual(new Set([line.series]));
        }
      }
    }
  });

  test('counts of attacks, percentage changes and one province are never drawn', () => {
    const drawn = plottedRecords(data).map((c) => c.rec.measure);
    for (const m of ['attacks', 'year-on-year-change-percent', 'regional-violence-deaths']) expect(drawn).not.toContain(m);
  });
});

describe('definition changes and year order', () => {
  test('a line breaks where the definition changes and where a year is missing, and runs in year order', () => {
    const d = handMade([
      rec('crss', 2019, 5), rec('crss', 2016, 2, { definition: 'Every violent death, criminal ones included.' }), rec('crss', 2017, 3, { definition: 'Every violent death, criminal ones included.' }),
      rec('crss', 2018, 4), rec('crss', 2021, 7),
    ]);
    const cs = classify(d.militancy, d);
    expect(segments(cs).map((run) => run.map((c) => c.rec.year))).toEqual([[2016, 2017], [2018, 2019], [2021]]);
    expect(definitionBreaks(cs).map((b) => [b.before.rec.year, b.after.rec.year])).toEqual([[2017, 2018]]);
    const panel = compute(d).layouts.narrow.panels[0];
    expect(panel.breaks).toHaveLength(1);
    for (const line of panel.lines) {
      const xs = linePoints(line.d).map(([x]) => x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  test('CRSS’s count on the project content breaks twice, at its two changes of definition, and the notes give each definition', () => {
    const model = compute(data);
    expect(model.layouts.wide.panels[0].breaks).toHaveLength(2);
    const note = model.notes.find((n) => n.startsWith('CRSS changed its definition'))!;
    expect(note).toContain('twice');
    expect(note).toMatch(/2013: .*2014–2017: .*2018–2025: /);
  });

  test('year labels ascend and the years run from the first figure to the latest', () => {
    const { time, latestYear } = selectRecords(data);
    const first = Math.min(...time.map((c) => c.rec.year));
    for (const g of Object.values(compute(data).layouts)) {
      for (const p of g.panels) {
        const years = p.years.map((t) => Number(lineText(t.parts)));
        expect(years).toEqual([...years].sort((a, b) => a - b));
        expect(years.at(-1)).toBe(latestYear);
        expect(years[0]).toBeLessThanOrEqual(first + 1);
      }
    }
    expect(chartById('militancy-deaths').subtitle).toContain(`${first}–${latestYear}`);
  });

  test('table rows run panel by panel, publisher by publisher, in year order', () => {
    const rows = compute(data).table.rows;
    for (let i = 1; i < rows.length; i++) {
      if (rows[i][0] === rows[i - 1][0] && rows[i][1] === rows[i - 1][1]) expect(parseInt(rows[i][2], 10)).toBeGreaterThanOrEqual(parseInt(rows[i - 1][2], 10));
    }
  });
});

describe('revised figures', () => {
  test('a figure its publisher revised is drawn hollow beside its replacement, off the line, and printed', () => {
    const old = rec('crss', 2021, 860);
    const d = handMade([rec('crss', 2020, 600), old, rec('crss', 2021, 853, { id: 'new' })]);
    (old as { revisedBy?: unknown }).revisedBy = ref('militancy', 'new');
    const cs = classify(d.militancy, d);
    expect(cs.find((c) => c.rec.id === old.id)!.state).toBe('superseded');
    expect(cs.find((c) => c.rec.id === 'new')!.state).toBe('current');
    const model = compute(d);
    for (const g of Object.values(model.layouts)) {
      const p = g.panels[0];
      const hollow = p.marks.find((m) => m.id === old.id)!;
      const replacement = p.marks.find((m) => m.id === 'new')!;
      expect(hollow.state).toBe('superseded');
      expect(Math.abs(hollow.x - replacement.x)).toBeCloseTo(2 * g.markerR + 1, 5);
      expect(p.lines.flatMap((l) => linePoints(l.d)).some(([x]) => Math.abs(x - hollow.x) < 0.01)).toBe(false);
      expect(values(allText(g))).toContain('860');
    }
    expect(model.table.rows.find((r) => r[3] === '860')![5]).toBe('Revised: replaced by 853');
  });

  test('on the project content, every revised figure is hollow, its replacement stands, and the summary gives both for 2025', () => {
    const model = compute(data);
    const superseded = plottedRecords(data).filter((c) => c.state === 'superseded');
    expect(superseded.map((c) => c.rec.id).sort()).toEqual(data.militancy.filter((r) => r.revisedBy && plottedRecords(data).some((c) => c.rec.id === r.id)).map((r) => r.id).sort());
    for (const g of Object.values(model.layouts)) {
      for (const c of superseded) expect(allMarks(g).filter((m) => m.id === c.rec.id).every((m) => m.state === 'superseded')).toBe(true);
    }
    expect(model.summary).toContain('at least 3,387 (first given as 3,413)');
  });
});

describe('part-year figures', () => {
  test('a figure for part of a year is flagged, kept off the full-year line and labelled with its period', () => {
    const d = handMade([rec('crss', 2024, 2555), rec('crss', 2025, 3417), rec('crss', 2025, 2414, { id: 'nine-months', through: '2025-09-30' })]);
    const cs = classify(d.militancy, d);
    expect(cs.find((c) => c.rec.id === 'nine-months')!.state).toBe('partial');
    expect(segments(cs).flat().map((c) => c.rec.id)).not.toContain('nine-months');
    const model = compute(d);
    const row = model.table.rows.find((r) => r[3] === '2,414')!;
    expect(row[2]).toBe('2025 (1 January to 30 September only)');
    const cmp = model.layouts.narrow.compare.rows.find((r) => r.marks.some((m) => m.id === 'nine-months'))!;
    expect(lineText(cmp.text[0].parts)).toBe('1 January to 30 September only');
    expect(cmp.marks[0].state).toBe('partial');
  });

  test('CRSS’s nine-month 2025 count on the project content is drawn as part-year', () => {
    const m = allMarks(compute(data).layouts.wide).filter((x) => x.id === 'crss-2025-all-violence-deaths-first-nine-months');
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((x) => x.state === 'partial')).toBe(true);
  });
});

describe('the latest year, side by side', () => {
  test('every publisher with a figure for the latest year is listed with what it counts, and the breakdowns of its total', () => {
    const { time, latestYear } = selectRecords(data);
    const cmp = compute(data).layouts.narrow.compare;
    const listed = new Set(cmp.rows.flatMap((r) => r.marks.map((m) => m.id)));
    for (const c of time.filter((x) => x.rec.year === latestYear)) expect(listed.has(c.rec.id), c.rec.id).toBe(true);
    const text = cmp.rows.flatMap((r) => r.text.map((t) => lineText(t.parts))).join(' ');
    expect(text).toContain('names no source');
    expect(text).toContain('militants included');
    expect(text).toMatch(/of whom: militants/);
  });

  test('where two outlets report one publisher differently, both figures are shown and each outlet named', () => {
    const row = compute(data).layouts.wide.compare.rows.find((r) => r.marks.some((m) => m.id === 'picss-2025-militants-killed-ap'))!;
    expect(row.marks.map((m) => lineText(m.labels[0].parts))).toEqual(['2,115 (PTI)', '2,138 (AP)']);
  });

  test('the summary gives each publisher’s figure for the latest year with what it counts, attributed', () => {
    const { summary } = compute(data);
    expect(summary).toMatch(/^For 2025, CRSS counted 3,417 deaths in militant attacks and security operations/);
    expect(summary).toContain('The National reported 3,967 deaths in militant attacks without saying who counted them');
    expect(summary).toContain('CRSS’s count fell to 600 in 2020 and has risen every year since');
  });
});

describe('table, sources and tooltips', () => {
  test('the table holds exactly the plotted records and the source line exactly their sources', () => {
    const model = compute(data);
    const plotted = plottedRecords(data);
    expect(model.table.rows).toHaveLength(plotted.length);
    expect(new Set(allMarks(model.layouts.wide).map((m) => m.id))).toEqual(new Set(plotted.map((c) => c.rec.id)));
    expect(new Set(allMarks(model.layouts.narrow).map((m) => m.id))).toEqual(new Set(plotted.map((c) => c.rec.id)));
    expect(model.sources.map((s) => s.id).sort()).toEqual([...new Set(plotted.map((c) => c.rec.source.id))].sort());
  });

  test('every record’s value is printed on each artboard, with its qualifier', () => {
    const model = compute(data);
    for (const g of Object.values(model.layouts)) {
      const printed = values(allText(g));
      for (const row of model.table.rows) expect(printed, row[3]).toContain(row[3]);
    }
    expect(values(allText(model.layouts.wide))).toContain('at least 3,387');
  });

  test('every mark carries its record’s quote, value and source for a tooltip', () => {
    const byId = new Map(data.militancy.map((r) => [r.id, r]));
    for (const m of allMarks(compute(data).layouts.wide)) {
      const r = byId.get(m.id)!;
      expect(m.tip.quote.startsWith(r.quote)).toBe(true);
      expect(m.tip.aria).toContain(m.tip.value);
      expect(m.tip.source).not.toBe('');
    }
  });
});

describe('labels fit and never collide', () => {
  test('text widths are never below 0.55 em per character', () => {
    for (const t of ['600', 'deaths in militant attacks only', '2025: see below']) expect(textWidth(t, 14)).toBeGreaterThanOrEqual(t.length * 14 * 0.55);
  });

  test.each(['narrow', 'wide'] as const)('%s: every label stays inside the artboard and clear of every other label, every marker and every line', (layout) => {
    const g = compute(data).layouts[layout];
    const texts = allText(g);
    expect(texts.every((t) => t.size === (layout === 'narrow' ? 15 : 13.5))).toBe(true);
    const artboard = { x0: 0, y0: 0, x1: g.width, y1: g.height };
    const problems: string[] = [];
    texts.forEach((t, i) => {
      const b = t.box;
      if (b.x0 < artboard.x0 || b.x1 > artboard.x1 || b.y0 < artboard.y0 || b.y1 > artboard.y1) problems.push(`outside: ${lineText(t.parts)}`);
      for (const o of texts.slice(i + 1)) if (overlaps(b, o.box)) problems.push(`overlap: ${lineText(t.parts)} / ${lineText(o.parts)}`);
      for (const m of allMarks(g)) if (overlaps(b, markerBox(g, m))) problems.push(`on marker ${m.id}: ${lineText(t.parts)}`);
      for (const p of g.panels) for (const l of p.lines) {
        const pts = linePoints(l.d);
        for (let k = 1; k < pts.length; k++) if (segmentHitsBox(pts[k - 1], pts[k], b)) problems.push(`on line ${l.series}: ${lineText(t.parts)}`);
      }
    });
    for (const m of allMarks(g)) {
      const b = markerBox(g, m);
      if (b.x0 < 0 || b.x1 > g.width || b.y1 > g.height) problems.push(`marker outside: ${m.id}`);
    }
    expect(problems).toEqual([]);
  });

  test('labels placed on crowded hand-made data still do not collide', () => {
    const d = handMade([2018, 2019, 2020, 2021, 2022].flatMap((y, i) => [rec('crss', y, 900 + 40 * i), rec('picss', y, 880 + 45 * i)]));
    for (const g of Object.values(compute(d).layouts)) {
      const texts = allText(g);
      texts.forEach((t, i) => texts.slice(i + 1).forEach((o) => expect(overlaps(t.box, o.box), `${lineText(t.parts)} / ${lineText(o.parts)}`).toBe(false)));
    }
  });
});

describe('colour', () => {
  const css = readFileSync('src/styles/global.css', 'utf8') + readFileSync('src/styles/charts/militancy-deaths.css', 'utf8');
  /** The value of a custom property in the light (`@theme`/`:root`) or dark (`:root.dark`) block. */
  const token = (name: string, dark: boolean): string => {
    const blocks = [...css.matchAll(/(@theme|:root\.dark|:root)\s*\{([^}]*)\}/g)].filter((m) => (m[1] === ':root.dark') === dark);
    for (const b of blocks) { const m = b[2].match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i')); if (m) return m[1]; }
    throw new Error(`${name} not found (${dark ? 'dark' : 'light'})`);
  };
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

  test.each([false, true])('dark %s: label colours reach 4.5:1 on the paper, marks 3:1, and the tones differ in lightness', (dark) => {
    const paper = token('--color-paper', dark);
    for (const t of ['--color-ink', '--color-muted']) expect(contrast(token(t, dark), paper), t).toBeGreaterThanOrEqual(4.5);
    const tones = ['--md-p1', '--md-p2', '--md-other'].map((t) => token(t, dark));
    for (const t of tones) expect(contrast(t, paper)).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < tones.length; i++) for (let j = i + 1; j < tones.length; j++) expect(contrast(tones[i], tones[j])).toBeGreaterThanOrEqual(1.4);
  });

  test('every publisher has its own marker shape, so series never differ by colour alone', () => {
    const key = compute(data).layouts.wide.key.filter((k) => k.state === 'current');
    expect(new Set(key.map((k) => k.shape)).size).toBe(key.length);
  });
});

test('the panels cover every measure drawn year by year', () => {
  expect(compute(data).layouts.wide.panels.map((p) => p.measure)).toEqual([...TIME_MEASURES]);
});

test('the chart does not depend on the order the content loader returns records in', () => {
  const reversed = { ...data, militancy: [...data.militancy].reverse() };
  expect(JSON.stringify(compute(reversed))).toBe(JSON.stringify(compute(data)));
});
