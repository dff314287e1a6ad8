import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute, allText, allMarks, plottedRecords, type Geometry } from '../../src/lib/charts/militancy-deaths/compute.ts';
import { classify, segments, definitionBreaks, heroSeries, selectRecords, TIME_MEASURES } from '../../src/lib/charts/militancy-deaths/select.ts';
import { lineBox, overlaps, type Box } from '../../src/lib/viz/box.ts';
import { segmentHitsBox } from '../../src/lib/viz/place.ts';
import type { TextLine } from '../../src/lib/viz/text.ts';
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
const handMade = (militancy: Rec[], actors = [{ id: 'crss', shortName: 'CRSS' }, { id: 'picss', shortName: 'PICSS' }, { id: 'pips', shortName: 'PIPS' }, { id: 'news-media', shortName: 'News reports' }]): ContentData => ({
  militancy,
  actors,
  sources: [{ id: 's1', title: 'Report', publisher: 'Dawn', date: '2026-01-01' }, { id: 's2', title: 'Report', publisher: 'The National', date: '2026-02-27' }],
}) as unknown as ContentData;

/** Every artboard: phones, wide and the full-width desktop one. */
const boards = (m: ReturnType<typeof compute>): Geometry[] => [m.layouts.narrow, m.layouts.wide, ...(m.layouts.wide.full ? [m.layouts.wide.full] : [])];
const text = (t: TextLine) => t.spans.map((s) => s.text).join('');
/** Every printed value: the text of each mark's first label line, and of each revised figure. */
const printed = (g: Geometry) => g.panels.flatMap((p) => [...p.marks.map((m) => text(m.labels[0])), ...[...(p.figures ?? []), ...p.earlier].map((e) => text(e.lines[0]))]);
const linePoints = (d: string) => d.slice(1).split('L').map((s) => s.split(',').map(Number) as [number, number]);
const markerBox = (m: { x: number; y: number; r: number }): Box => ({ x1: m.x - m.r, x2: m.x + m.r, y1: m.y - m.r, y2: m.y + m.r });

/** Every problem a reader would see: text outside, text on text, text on a marker or a line, markers on markers. */
function problems(g: Geometry): string[] {
  const out: string[] = [];
  const texts = allText(g);
  const boxes = texts.map(lineBox);
  const marks = g.panels.flatMap((p) => p.marks);
  boxes.forEach((b, i) => {
    if (b.x1 < -0.5 || b.x2 > g.width + 0.5 || b.y1 < -0.5 || b.y2 > g.height + 0.5) out.push(`outside: ${b.what}`);
    for (const o of boxes.slice(i + 1)) if (overlaps(b, o, -0.5)) out.push(`overlap: ${b.what} / ${o.what}`);
    for (const m of marks) if (overlaps(b, markerBox(m), -0.5)) out.push(`on marker ${m.id}: ${b.what}`);
    for (const p of g.panels) for (const l of p.lines) {
      const pts = linePoints(l.d);
      for (let k = 1; k < pts.length; k++) if (segmentHitsBox(pts[k - 1], pts[k], b)) out.push(`on line ${l.series}: ${b.what}`);
    }
  });
  for (const p of g.panels) {
    p.marks.forEach((m, i) => {
      if (m.x - m.r < 0 || m.x + m.r > g.width || m.y + m.r > g.height) out.push(`marker outside: ${m.id}`);
      for (const o of p.marks.slice(i + 1)) if (overlaps(markerBox(m), markerBox(o), -0.5)) out.push(`markers pile up: ${m.id} / ${o.id}`);
    });
  }
  return out;
}

describe('series: one per publisher and measure, never merged', () => {
  test('two publishers counting the same measure in the same years stay two series, each figure drawn as given', () => {
    const d = handMade([rec('crss', 2020, 600), rec('crss', 2021, 853), rec('picss', 2020, 500), rec('picss', 2021, 700)]);
    const cs = classify(d.militancy, d);
    expect(new Set(cs.map((c) => c.series))).toEqual(new Set(['crss|all-violence-deaths', 'picss|all-violence-deaths']));
    const model = compute(d);
    const panel = model.layouts.wide.panels[0];
    expect(panel.lines).toHaveLength(2);
    expect(panel.marks).toHaveLength(4); // one per record: nothing averaged, nothing summed
    expect(panel.marks.map((m) => m.value).sort()).toEqual([500, 600, 700, 853]);
    expect(model.table.rows.map((r) => r[3]).sort()).toEqual(['500', '600', '700', '853']);
  });

  test('a measure gets its own panel: attack-only counts never share a line with attack-and-operation counts', () => {
    const d = handMade([rec('crss', 2020, 600), rec('crss', 2021, 853), rec('crss', 2020, 300, { measure: 'attack-deaths' }), rec('crss', 2021, 400, { measure: 'attack-deaths' })]);
    const { panels } = compute(d).layouts.wide;
    expect(panels.map((p) => p.measure)).toEqual(['all-violence-deaths', 'attack-deaths']);
    expect(panels[0].lines).toHaveLength(1);
    // attack-only counts are listed per publisher, never joined by a line
    expect(panels[1].lines).toEqual([]);
    expect(panels[1].figures!.map((f) => text(f.lines[0]))).toEqual(['2020 300', '2021 400']);
  });

  test('on the project content, every line joins figures of one series only, and every panel holds one measure', () => {
    const model = compute(data);
    const byId = new Map(plottedRecords(data).map((c) => [c.rec.id, c]));
    for (const g of boards(model)) {
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

  test('counts of attacks, percentage changes, one province and one group of victims are never drawn, and the notes say so', () => {
    const drawn = plottedRecords(data).map((c) => c.rec.measure);
    for (const m of ['attacks', 'year-on-year-change-percent', 'regional-violence-deaths', 'militants-killed', 'civilians-killed']) expect(drawn).not.toContain(m);
    expect(compute(data).notes.find((t) => t.startsWith('Not drawn'))).toMatch(/counts of one group of victims .*PICSS for 2025/);
  });
});

describe('one hero series, the others muted', () => {
  test('on the project content CRSS’s attacks-and-operations count is the hero: the only coloured line and markers; the notes say why', () => {
    const model = compute(data);
    expect(heroSeries(selectRecords(data).time)?.series).toBe('crss|all-violence-deaths');
    for (const g of boards(model)) {
      for (const p of g.panels) {
        for (const l of p.lines) expect(l.tone).toBe(l.series === 'crss|all-violence-deaths' ? 'series-a' : 'muted');
        for (const m of p.marks) expect(m.hero).toBe(p.measure === 'all-violence-deaths' && m.id.startsWith('crss-'));
        for (const m of p.marks.filter((x) => !x.id.startsWith('crss-'))) expect(m.tone).toBe('muted');
      }
    }
    expect(model.notes.some((t) => /^CRSS’s count is drawn in colour because it is the only series with a figure for every year from 2013 to 2025/.test(t))).toBe(true);
  });

  test('the hero is the longest yearly run, never a news organisation’s own tally', () => {
    const d = handMade([
      rec('picss', 2019, 500), rec('picss', 2020, 510), rec('picss', 2021, 520),
      rec('crss', 2020, 600), rec('crss', 2021, 853),
      ...[2017, 2018, 2019, 2020, 2021].map((y) => rec('news-media', y, 900, { source: ref('sources', 's2') })),
    ]);
    expect(heroSeries(selectRecords(d).time)?.series).toBe('picss|all-violence-deaths');
  });

  test('every grey series is labelled with its publisher where there is room, and every publisher is in the key', () => {
    const g = compute(data).layouts.wide;
    const all = allText(g).map(text).join(' | ');
    for (const name of ['CRSS', 'PICSS', 'US State Department', 'PIPS', 'The National']) expect(all).toContain(name);
    for (const p of g.panels.filter((p) => !p.listed)) expect(p.marks.filter((m) => !m.hero).some((m) => m.labels[0].spans.length > 1), p.measure).toBe(true);
    // the key gives the marker of every publisher plotted; listed figures have no marker
    const plottedPublishers = new Set(selectRecords(data).time.filter((c) => c.rec.measure === 'all-violence-deaths').map((c) => c.publisherKey));
    expect(g.key.filter((k) => k.state === 'current' && !k.open)).toHaveLength(plottedPublishers.size);
    expect(allText(g).map(text)).toContain('The National (names no source)');
  });

  test('no side colour: publishers are not sides', () => {
    const json = JSON.stringify(compute(data).layouts);
    expect(json).not.toMatch(/side-pk|side-af/);
  });
});

describe('no pile-up of markers', () => {
  test('on the project content no marker covers another, at 2024 and 2025 included', () => {
    for (const g of boards(compute(data))) expect(problems(g).filter((p) => p.startsWith('markers pile up'))).toEqual([]);
  });

  test('three publishers giving the same figure every year: every marker visible, side by side within its year', () => {
    const d = handMade([2018, 2019, 2020, 2021, 2022].flatMap((y) => [rec('crss', y, 900), rec('picss', y, 900), rec('pips', y, 905)]));
    for (const g of boards(compute(d))) {
      expect(problems(g)).toEqual([]);
      expect(g.panels[0].marks).toHaveLength(15);
    }
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
    const note = model.notes.find((t) => t.startsWith('CRSS changed its definition'))!;
    expect(note).toContain('twice');
    expect(note).toMatch(/2013: .*2014–2017: .*2018–2025: /);
  });

  test('year labels ascend and run to the latest year', () => {
    const { time, latestYear } = selectRecords(data);
    const first = Math.min(...time.map((c) => c.rec.year));
    for (const g of boards(compute(data))) {
      for (const p of g.panels.filter((p) => !p.listed)) {
        const years = p.texts.filter((t) => /^\d{4}$/.test(text(t)) && t.y > p.plot.y2).sort((a, b) => a.x - b.x).map((t) => Number(text(t)));
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

describe('revised and part-year figures', () => {
  test('a figure its publisher revised is printed under the axis as first given (a focusable mark), not drawn on top of its replacement', () => {
    const old = rec('crss', 2021, 860);
    const d = handMade([rec('crss', 2020, 600), old, rec('crss', 2021, 853, { id: 'new' })]);
    (old as { revisedBy?: unknown }).revisedBy = ref('militancy', 'new');
    const cs = classify(d.militancy, d);
    expect(cs.find((c) => c.rec.id === old.id)!.state).toBe('superseded');
    const model = compute(d);
    for (const g of boards(model)) {
      const p = g.panels[0];
      expect(p.marks.map((m) => m.id)).not.toContain(old.id);
      const e = p.earlier.find((x) => x.id === old.id)!;
      expect(text(e.lines[0])).toBe('860 (2021)');
      expect(e.lines[0].y).toBeGreaterThan(p.plot.y2);
      expect(e.tip.aria).toContain('Revised: replaced by 853');
    }
    expect(model.table.rows.find((r) => r[3] === '860')![5]).toBe('Revised: replaced by 853');
  });

  test('on the project content every revised figure is printed as first given, and the summary gives both for 2025', () => {
    const model = compute(data);
    const superseded = plottedRecords(data).filter((c) => c.state === 'superseded');
    expect(superseded.length).toBeGreaterThan(0);
    for (const g of boards(model)) {
      const earlier = g.panels.flatMap((p) => p.earlier.map((e) => e.id));
      expect(earlier.sort()).toEqual(superseded.map((c) => c.rec.id).sort());
    }
    expect(model.summary).toContain('at least 3,387 (first given as 3,413)');
  });

  test('a figure for part of a year is flagged, kept off the full-year line and labelled with its months', () => {
    const d = handMade([rec('crss', 2024, 2555), rec('crss', 2025, 3417), rec('crss', 2025, 2414, { id: 'nine-months', through: '2025-09-30' })]);
    expect(classify(d.militancy, d).find((c) => c.rec.id === 'nine-months')!.state).toBe('partial');
    const model = compute(d);
    expect(model.table.rows.find((r) => r[3] === '2,414')![2]).toBe('2025 (1 January to 30 September only)');
    for (const g of boards(model)) {
      const m = g.panels[0].marks.find((x) => x.id === 'nine-months')!;
      expect(m.state).toBe('partial');
      expect(m.labels.map(text).join(' ')).toMatch(/2,414.*\(Jan–Sep\)/);
      expect(g.panels[0].lines.flatMap((l) => linePoints(l.d)).some(([x, y]) => x === m.x && y === m.y)).toBe(false);
    }
  });
});

describe('table, sources, tooltips and marks', () => {
  test('the table holds exactly the plotted records, every one shown on each artboard, and the source line exactly their sources', () => {
    const model = compute(data);
    const plotted = plottedRecords(data);
    expect(model.table.rows).toHaveLength(plotted.length);
    for (const g of boards(model)) expect(allMarks(g).map((m) => m.id).sort()).toEqual(plotted.map((c) => c.rec.id).sort());
    expect(model.sources.map((s) => s.id).sort()).toEqual([...new Set(plotted.map((c) => c.rec.source.id))].sort());
  });

  test('the source line names who counted, as the chart names them', () => {
    expect(compute(data).originators).toEqual(['CRSS', 'PICSS', 'US State Department', 'PIPS', 'The National']);
  });

  test('every record’s value is printed on each artboard, with its qualifier', () => {
    const model = compute(data);
    for (const g of boards(model)) {
      const values = printed(g).join(' | ');
      for (const row of model.table.rows) expect(values, row[3]).toContain(row[3]);
    }
    expect(printed(model.layouts.wide).join(' ')).toContain('at least 3,387');
  });

  test('an "at least" figure carries the kit’s open-ended glyph, explained once in the key', () => {
    const g = compute(data).layouts.wide;
    const m = g.panels[0].marks.find((x) => x.id.startsWith('picss-2025'))!;
    expect(m.open).toMatch(/^M/);
    expect(g.key.filter((k) => k.open)).toHaveLength(1);
    expect(g.texts.map(text).join(' ')).toContain('at least / more than');
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

  test('height above the axis grows with the value across both panels (one scale)', () => {
    for (const g of boards(compute(data))) {
      const marks = g.panels.flatMap((p) => p.marks);
      for (const a of marks) for (const b of marks) if (a.value > b.value) expect(a.len, `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(b.len);
    }
  });
});

describe('labels fit and never collide', () => {
  test.each(['narrow', 'wide', 'full'] as const)('%s: every label stays inside the artboard and clear of every other label, every marker and every line', (layout) => {
    const { layouts } = compute(data);
    const g = layout === 'full' ? layouts.wide.full! : layouts[layout];
    expect(allText(g).every((t) => t.size === 13.5)).toBe(true);
    expect(problems(g)).toEqual([]);
  });

  test('with the longest names the schemas allow (35-character publishers, 100-character outlets), everything still fits', () => {
    const long = (n: number, seed: string) => `${seed} Khyber Pakhtunkhwa Public Relations Observatory`.slice(0, n);
    const d = {
      ...data,
      actors: data.actors.map((a) => ({ ...a, shortName: long(35, a.id) })),
      sources: data.sources.map((s) => ({ ...s, publisher: long(100, `${s.id} Publishing`) })),
    } as ContentData;
    for (const g of boards(compute(d))) expect(problems(g)).toEqual([]);
  });

  test('labels placed on crowded hand-made data still do not collide', () => {
    const d = handMade([2018, 2019, 2020, 2021, 2022].flatMap((y, i) => [rec('crss', y, 900 + 40 * i), rec('picss', y, 880 + 45 * i)]));
    for (const g of boards(compute(d))) expect(problems(g).filter((p) => !p.startsWith('on line'))).toEqual([]);
  });

  test('layout time grows about linearly with content: the project content sixteen times over (as `npm run bench -- --scale` builds it) lays out fast', () => {
    /** The content with copies 2..k of every militancy record and actor, as scripts/bench/scale.ts writes them. */
    const scaled = (k: number): ContentData => {
      const copy = <T extends { id: string }>(xs: T[], f: (x: T, s: string) => T) => [...xs, ...Array.from({ length: k - 1 }, (_, i) => xs.map((x) => f(x, `-x${i + 2}`))).flat()];
      return {
        ...data,
        actors: copy(data.actors, (a, s) => ({ ...a, id: a.id + s })),
        militancy: copy(data.militancy, (r, s) => ({ ...r, id: r.id + s, publisher: { ...r.publisher, id: r.publisher.id + s }, ...(r.revisedBy ? { revisedBy: { ...r.revisedBy, id: r.revisedBy.id + s } } : {}) })),
      } as ContentData;
    };
    const time = (d: ContentData) => { const t0 = performance.now(); compute(d); return performance.now() - t0; };
    const [x1, x16] = [scaled(1), scaled(16)];
    time(x1);
    const t1 = Math.min(time(x1), time(x1));
    const t16 = time(x16);
    expect(compute(x16).table.rows).toHaveLength(16 * compute(x1).table.rows.length);
    // about 1 s on a loaded two-core machine; the old placer (every label against every other,
    // sixteen rounds) took 35 s at four times and minutes at sixteen
    expect(t16, `×1 ${t1.toFixed(0)} ms, ×16 ${t16.toFixed(0)} ms`).toBeLessThan(Math.max(5000, 60 * t1));
  });
});

test('deaths in attacks only, single years from publishers that count differently, are listed in a number box per publisher with what each counts, not plotted against time', () => {
  const model = compute(data);
  const listed = selectRecords(data).time.filter((c) => c.rec.measure === 'attack-deaths');
  for (const g of boards(model)) {
    const p = g.panels.find((x) => x.measure === 'attack-deaths')!;
    expect(p.listed).toBe(true);
    expect([p.marks, p.lines, p.grid]).toEqual([[], [], []]);
    expect([...(p.figures ?? []), ...p.earlier].map((f) => f.id).sort()).toEqual(listed.map((c) => c.rec.id).sort());
    const words = p.texts.map(text).join(' ');
    for (const c of listed) {
      expect(words).toContain(c.name);
      // what each counts, in the content's words (wrapped over lines); on phones in the table
      if (!g.narrow) expect(words.replace(/\s+/g, ' ')).toContain(c.rec.definition.split(' ').slice(0, 4).join(' '));
    }
    expect(p.texts.map(text)).not.toContain('2013');
  }
  expect(model.notes.some((n) => /listed with what each counts rather than drawn against time/.test(n))).toBe(true);
});

test('the panels cover every measure drawn year by year', () => {
  expect(compute(data).layouts.wide.panels.map((p) => p.measure)).toEqual([...TIME_MEASURES]);
});

test('the full-width desktop artboard sets the panels side by side on one scale, their axes level, at the kit’s one text size', () => {
  const { layouts } = compute(data);
  const full = layouts.wide.full!;
  expect(full.width).toBeGreaterThan(layouts.wide.width);
  const [a, b] = full.panels;
  expect(a.plot.x2).toBeLessThan(b.plot.x1);
  expect(b.listed).toBe(true);
  expect(full.height).toBeLessThan(layouts.wide.height);
  expect(allText(full).every((t) => t.size === 13.5)).toBe(true);
});

test('the chart does not depend on the order the content loader returns records in', () => {
  const reversed = { ...data, militancy: [...data.militancy].reverse() };
  expect(JSON.stringify(compute(reversed))).toBe(JSON.stringify(compute(data)));
});
