import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute, selectMilestones, selectRecords, type Geometry } from '../../src/lib/charts/returnee-flows/compute.ts';
import { boxRecords, leadSeries } from '../../src/lib/charts/returnee-flows/lead.ts';
import { formatQuantity } from '../../src/lib/data/quantity.ts';
import { collisions, lineBox, outside } from '../../src/lib/viz/box.ts';
import { periodText } from '../../src/lib/viz/format.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

let data: ContentData;
beforeAll(async () => {
  const { tree, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  data = plainData(tree);
});
const text = (g: { texts: { spans: { text: string }[] }[] }) => g.texts.map((t) => t.spans.map((s) => s.text).join('')).join(' ').replace(/\u00a0/g, ' ');

describe('returnee-flows on the project content', () => {
  test('the lead is one series from one start date, with figures for both Pakistan and Iran', () => {
    const lead = leadSeries(selectRecords(data).plotted)!;
    expect(lead.series).toBe('unhcr-returns');
    expect(lead.start).toBe('2025-01-01');
    for (const o of ['PK', 'IR'] as const) {
      expect(lead.points[o].length).toBeGreaterThan(1);
      for (const r of lead.points[o]) {
        expect(r.series).toBe(lead.series);
        expect(r.period.start).toBe(lead.start);
        expect(r.origin).toBe(o);
      }
    }
  });

  test('every point is exactly one record’s value, on one scale: a higher point is a larger number', () => {
    for (const g of Object.values(compute(data).layouts)) {
      const ids = new Set(data.returnees.map((r) => r.id));
      for (const p of g.points) {
        const r = data.returnees.find((x) => x.id === p.id)!;
        expect(ids.has(p.id)).toBe(true);
        expect(p.value).toBe(Array.isArray(r.value) ? r.value[1] : r.value);
      }
      for (const a of g.points) for (const b of g.points) if (a.value > b.value) expect(a.len).toBeGreaterThan(b.len);
      const k = g.points[0].len / g.points[0].value;
      for (const p of g.points) expect(p.len / p.value).toBeCloseTo(k, 3);
    }
  });

  test('never summed: no number drawn is the sum of two others, and “together” figures are boxes as published', () => {
    const m = compute(data);
    const shown = [...m.layouts.wide.points.map((p) => p.value)];
    const recorded = new Set(data.returnees.flatMap((r) => (Array.isArray(r.value) ? r.value : [r.value])));
    for (const v of shown) expect(recorded.has(v)).toBe(true);
    for (const p of m.layouts.wide.points) expect(p.origin === 'PK' || p.origin === 'IR').toBe(true);
  });

  test('the plan’s milestones in range sit on the time axis in date order; earlier ones are written out', () => {
    const m = compute(data);
    for (const g of Object.values(m.layouts)) {
      const xs = g.milestones.map((x) => x.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(g.milestones.length).toBeGreaterThan(0);
      for (const ms of selectMilestones(data, '2023-01-01', '2026-12-31')) expect(text(g)).toContain(ms.title);
    }
  });

  test('each number box writes the figure as published and says what it counts, publisher and period', () => {
    const { plotted } = selectRecords(data);
    const boxes = boxRecords(plotted, leadSeries(plotted));
    expect(boxes.length).toBeGreaterThan(5);
    for (const g of Object.values(compute(data).layouts)) {
      const t = text(g.boxes);
      for (const r of boxes) {
        expect(t).toContain(formatQuantity(r.value, r.qualifier));
      }
    }
  });

  test('labels never overlap and stay inside their SVG, in the lead and the boxes, at both artboards', () => {
    for (const g of Object.values(compute(data).layouts)) {
      for (const part of [{ texts: [...g.texts, ...g.milestones.map((m) => m.badge.text)], width: g.width, height: g.height }, g.boxes]) {
        const boxes = part.texts.map(lineBox);
        expect(collisions(boxes).map(([a, b]) => `${a.what} × ${b.what}`)).toEqual([]);
        expect(outside(boxes, part.width, part.height).map((b) => b.what)).toEqual([]);
      }
    }
  });

  test('the table holds every record drawn or left to the table, each saying where it is', () => {
    const m = compute(data);
    const { plotted } = selectRecords(data);
    expect(m.table.rows).toHaveLength(plotted.length);
    const where = m.table.rows.map((r) => r[5]);
    expect(where.filter((w) => w === 'line')).toHaveLength(m.layouts.wide.points.length);
    expect(m.sources.map((s) => s.id)).toEqual([...new Set(plotted.map((r) => r.source.id))]);
  });

  test('the summary names the publishers and says figures are never added', () => {
    const { summary } = compute(data);
    expect(summary).toMatch(/UNHCR|OCHA/);
    expect(summary).toMatch(/never added/);
  });
});

describe('periodText', () => {
  test('writes periods short, as chart text', () => {
    expect(periodText('2024-01-01', '2024-12-31')).toBe('2024');
    expect(periodText('2024-10-01', '2024-12-31')).toBe('Oct–Dec 2024');
    expect(periodText('2025-08-01', '2025-08-31')).toBe('August 2025');
    expect(periodText('2025-01-01', '2025-07-05')).toBe('1 Jan – 5 Jul 2025');
    expect(periodText('2023-09-15', '2025-11-01')).toBe('15 Sep 2023 – 1 Nov 2025');
  });
});

describe('kit colours', () => {
  const hex = (css: string, block: RegExp) => Object.fromEntries([...(css.match(block)?.[1] ?? '').matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  const lum = (h: string) => {
    const c = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const hue = (h: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
    const max = Math.max(r, g, b); const min = Math.min(r, g, b); const d = max - min;
    if (d === 0) return -1;
    const x = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return (x * 60 + 360) % 360;
  };

  test('series and neutral colours reach 3:1 against the paper in both themes (marks); series hues are not the sides’ hues', () => {
    const css = readFileSync('src/styles/charts/kit.css', 'utf8');
    const global = readFileSync('src/styles/global.css', 'utf8');
    const light = { ...hex(global, /@theme \{([^}]*)\}/), ...hex(css, /:root \{([^}]*)\}/) };
    const dark = { ...hex(global, /:root\.dark \{([^}]*)\}/), ...hex(css, /:root\.dark \{([^}]*)\}/) };
    for (const t of [light, dark]) {
      for (const s of ['viz-series-a', 'viz-series-b', 'viz-series-c', 'viz-neutral']) {
        expect(contrast(t[s], t['color-paper']), s).toBeGreaterThanOrEqual(3);
        for (const side of s.startsWith('viz-series-') ? ['color-side-pk', 'color-side-af'] : []) {
          const d = Math.abs(hue(t[s]) - hue(t[side]));
          if (hue(t[s]) >= 0) expect(Math.min(d, 360 - d), `${s} vs ${side}`).toBeGreaterThan(25);
        }
      }
    }
  });
});
