/** The chart kit (src/lib/viz/): text measurement, wrapping, label spreading, glyphs, formats, palette. */
import { describe, expect, test } from 'vitest';
import metrics from '../../src/lib/viz/metrics.json' with { type: 'json' };
import { keep, spansWidth, textWidth, wrap, wrapSpans } from '../../src/lib/viz/text.ts';
import { collisions, lineBox, outside, spread } from '../../src/lib/viz/box.ts';
import { hatchPath, openEndPath, openEndRoom } from '../../src/lib/viz/glyph.ts';
import { fmtInt, fmtTick, periodText, shortPeriod } from '../../src/lib/viz/format.ts';
import { claimantTone, SERIES } from '../../src/lib/viz/palette.ts';

describe('text', () => {
  test('widths come from the measured table of the chart font, bold wider than regular', () => {
    expect(textWidth('0', 10)).toBeCloseTo(metrics.weights['400']['0'] * 10, 6);
    expect(textWidth('Pakistan', 13.5, 650)).toBeGreaterThan(textWidth('Pakistan', 13.5, 400));
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('MMMM', 10));
    // a character missing from the table counts as wide, never as nothing
    expect(textWidth('→', 10)).toBeGreaterThan(0);
    expect(textWidth('\u4e2d', 10)).toBeGreaterThanOrEqual(9);
  });

  test('wrapping keeps every line within the width and never splits a value written with keep()', () => {
    const spans = [{ text: `Pakistan’s government says ${keep('at least 274')} were killed on ${keep('27 Feb')}`, cls: 'plain' as const }];
    for (const width of [60, 90, 140, 300]) {
      const lines = wrapSpans(spans, width, 13.5);
      for (const l of lines) if (l.map((s) => s.text).join('').includes(' ')) expect(spansWidth(l, 13.5)).toBeLessThanOrEqual(width + 0.01);
      const joined = lines.map((l) => l.map((s) => s.text).join(''));
      expect(joined.some((t) => t.includes(keep('at least 274')))).toBe(true);
    }
    expect(wrap('one two three', 1000, 13.5)).toEqual(['one two three']);
  });
});

describe('boxes', () => {
  test('collisions and outside find overlapping and escaping labels', () => {
    const a = lineBox({ x: 0, y: 20, size: 13.5, spans: [{ text: 'Afghan forces', cls: 'plain' }] });
    const b = lineBox({ x: 30, y: 24, size: 13.5, spans: [{ text: 'Pakistan', cls: 'plain' }] });
    const c = lineBox({ x: 0, y: 60, size: 13.5, spans: [{ text: 'UNAMA', cls: 'plain' }] });
    expect(collisions([a, b, c])).toHaveLength(1);
    expect(outside([a, c], 60, 100).map((x) => x.what)).toEqual(['Afghan forces']);
    const end = lineBox({ x: 100, y: 20, size: 13.5, anchor: 'end', spans: [{ text: 'Iran', cls: 'plain' }] });
    expect(end.x2).toBeCloseTo(100, 6);
  });

  test('spread keeps wanted positions where it can, never overlaps, stays in bounds', () => {
    expect(spread([10, 50], [10, 10], 0, 100)).toEqual([10, 50]);
    const pos = spread([40, 42, 44], [10, 10, 10], 0, 100, 2);
    const sorted = [...pos].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(12);
    const tight = spread([95, 96], [10, 10], 0, 100, 2);
    expect(Math.max(...tight) + 10).toBeLessThanOrEqual(100);
  });
});

/** The end points of a hatch path's segments ("M x,y l dx-dy" each), as absolute coordinates. */
const hatchPoints = (d: string) => [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)l(-?[\d.]+),?(-?[\d.]+)/g)].flatMap((m) => {
  const [x, y, dx, dy] = m.slice(1).map(Number);
  return [[x, y], [x + dx, y + dy]];
});

describe('glyphs', () => {
  test('the open-ended chevron sits just beyond the bar end, within the room it claims', () => {
    const nums = [...openEndPath(100, 50, 11).matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    const xs = nums.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThan(100);
    expect(Math.max(...xs)).toBeLessThanOrEqual(100 + openEndRoom(11));
  });

  test('hatching is segments inside its rectangle', () => {
    const d = hatchPath(0, 0, 30, 10);
    const pts = hatchPoints(d);
    expect(pts.length).toBe(2 * (d.match(/M/g) ?? []).length);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(30.05);
      expect(y).toBeGreaterThanOrEqual(-0.05);
      expect(y).toBeLessThanOrEqual(10);
    }
  });
});

describe('formats', () => {
  test('numbers with d3-format, ticks short', () => {
    expect(fmtInt(1667713)).toBe('1,667,713');
    expect(fmtTick(0)).toBe('0');
    expect(fmtTick(500000)).toBe('500k');
    expect(fmtTick(1500000)).toBe('1.5m');
    expect(fmtTick(2000000)).toBe('2m');
    expect(fmtTick(800)).toBe('800');
  });

  test('periods', () => {
    expect(shortPeriod({ start: '2026-02-21', end: '2026-02-22' })).toBe('21–22 Feb');
    expect(shortPeriod({ start: '2026-02-26', end: '2026-03-08' })).toBe('26 Feb–8 Mar');
    expect(periodText('2025-04-01', '2025-12-13')).toBe('1 Apr – 13 Dec 2025');
  });
});

describe('palette', () => {
  test('only the parties speak in the sides’ colours; series never take them', () => {
    expect(claimantTone({ stance: 'party', country: 'PK' })).toBe('side-pk');
    expect(claimantTone({ stance: 'party', country: 'AF' })).toBe('side-af');
    expect(claimantTone({ stance: 'monitor' })).toBe('neutral');
    expect(claimantTone({ stance: 'outside', country: 'PK' })).toBe('neutral');
    expect(SERIES.some((s) => s.startsWith('side'))).toBe(false);
  });
});
