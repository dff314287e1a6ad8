/**
 * casualty-claims, issue 13: the running counts as a compact second view on the lead view's
 * scales, and each plotted claim's status and date visible on phones. Invariants, each seen
 * failing on the chart before this change (a 1,316 px text list; phone rows without status or
 * date).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { compute } from '../../src/lib/charts/casualty-claims/compute.ts';
import { ENCODING, STATUS_TEXT, selectRows, reachOf } from '../../src/lib/charts/casualty-claims/select.ts';
import { collisions, lineBox, outside, overlaps } from '../../src/lib/viz/box.ts';
import { shortDate } from '../../src/lib/viz/format.ts';
import { SECOND_VIEW_BUDGET_375 } from '../../src/lib/viz/budgets.ts';
import type { ContentData } from '../../src/lib/charts/types.ts';
import { projectData, spansText as text } from '../helpers/content.ts';

let data: ContentData;
let model: ReturnType<typeof compute>;
beforeAll(async () => {
  data = await projectData();
  model = compute(data);
});

/** A 375 px phone shows the 320-unit artboard at most 343 px wide. */
const PX_PER_UNIT_375 = 343 / 320;

describe('the running counts: a compact second view', () => {
  test('at 375 px it fits its height budget (the text list it replaces was 1,316 px)', () => {
    const budget = SECOND_VIEW_BUDGET_375['casualty-claims'];
    expect(budget).toBeLessThanOrEqual(450);
    expect(model.layouts.narrow.counts.height * PX_PER_UNIT_375).toBeLessThanOrEqual(budget);
  });

  test('every figure of every running count is a dot, in the order given, the latest last', () => {
    for (const g of Object.values(model.layouts)) {
      const trails = g.counts.marks.flatMap((m) => m.trails);
      for (const r of selectRows(data).filter((x) => x.steps.length > 1)) {
        const t = trails.find((x) => x.measure === r.measure && x.claims.at(-1) === r.head.id);
        expect(t, `${r.head.id}: no dots`).toBeDefined();
        expect(t!.dots.map((d) => d.value)).toEqual(r.steps.map((s) => s.reach));
        expect(t!.dots.map((d) => d.latest)).toEqual(r.steps.map((_, i) => i === r.steps.length - 1));
        expect(t!.claims).toEqual(r.chain.map((c) => c.id));
        // "at least"/"more than" keep the glyph (the figures are in the row's words)
        expect(t!.open).toBe(r.head.qualifier === 'at-least' || r.head.qualifier === 'more-than');
      }
    }
  });

  test('one scale per measure across both views: a larger figure is always further from zero, bar or dot', () => {
    for (const g of Object.values(model.layouts)) {
      const marks = [
        ...g.marks.flatMap((m) => m.bars.map((b) => ({ measure: b.measure, value: b.value, pos: b.len, what: `bar ${b.claim}` }))),
        ...g.counts.marks.flatMap((m) => m.trails.flatMap((t) => t.dots.map((d) => ({ measure: t.measure, value: d.value, pos: d.x - t.x0, what: `dot ${m.id}` })))),
      ];
      expect(marks.filter((m) => m.what.startsWith('dot')).length).toBeGreaterThan(20);
      for (const a of marks) for (const b of marks) {
        if (a.measure !== b.measure) continue;
        // positions are rounded to 0.1 px (bars to 0.01)
        if (a.value > b.value) expect(a.pos + 0.1, `${a.what} (${a.value}) vs ${b.what} (${b.value})`).toBeGreaterThan(b.pos);
        if (a.value === b.value) expect(Math.abs(a.pos - b.pos), `${a.what} vs ${b.what}`).toBeLessThanOrEqual(0.1);
      }
      // and the latest dot sits where its bar ends
      for (const m of g.counts.marks) for (const t of m.trails) {
        const bar = g.marks.flatMap((x) => x.bars).find((b) => b.claim === t.claims.at(-1));
        expect(bar, t.claims.at(-1)).toBeDefined();
        expect(Math.abs(t.dots.at(-1)!.x - t.x0 - bar!.len)).toBeLessThanOrEqual(0.1);
      }
    }
  });

  test('no two labels overlap, none leaves the view, none covers a dot or a chevron, at every artboard', () => {
    for (const g of Object.values(model.layouts)) {
      const c = g.counts;
      const boxes = [...c.texts, ...c.marks.flatMap((m) => m.lines)].map(lineBox);
      expect(c.marks.length).toBeGreaterThan(0);
      expect(collisions(boxes).map(([a, b]) => `${a.what} × ${b.what}`)).toEqual([]);
      expect(outside(boxes, c.width, c.height).map((b) => b.what)).toEqual([]);
      for (const m of c.marks) for (const t of m.trails) {
        const reach = Math.max(...t.dots.map((d) => d.x)) + 4 + (t.open ? 7 : 0);
        const ink = { x1: Math.min(...t.dots.map((d) => d.x)) - 4, x2: reach, y1: t.y - 4, y2: t.y + 4 };
        for (const b of boxes) expect(overlaps(b, ink), `“${b.what}” over the dots of ${m.id}`).toBe(false);
      }
    }
  });

  test('each row says, in words, where its counts started and when', () => {
    for (const g of Object.values(model.layouts)) {
      for (const m of g.counts.marks) {
        const words = m.lines.map((l) => text(l.spans)).join(' ');
        for (const t of m.trails) {
          const first = data.claims.find((c) => c.id === t.claims[0])!;
          expect(words, m.id).toContain(shortDate(first.asserted));
        }
        expect(words).toMatch(/^.+ \d{1,2} [A-Z][a-z]{2}: /);
      }
    }
  });
});

describe('phones: every plotted claim shows its status and its date', () => {
  test('a status marker before each name, drawn as the key draws that status', () => {
    const g = model.layouts.narrow;
    const claims = new Map(data.claims.map((c) => [c.id, c]));
    const keyed = new Map(g.legend.map((l) => [l.kind, l]));
    const keyText = g.texts.map((t) => text(t.spans)).join(' ');
    for (const m of g.marks) {
      expect(m.status, `${m.id}: no status marker`).toBeDefined();
      for (const id of m.claims) {
        const status = claims.get(id)!.status;
        expect(m.status!.encoding, id).toBe(ENCODING[status]);
        expect(keyed.has(ENCODING[status]), `${status} is in the key`).toBe(true);
        expect(keyText).toContain(STATUS_TEXT[status]);
      }
      // before the name, and as large as the key's swatch is tall, whatever the bar's length
      expect(m.status!.x + m.status!.w).toBeLessThan(m.lines[0].x);
      expect(m.status!.h).toBeGreaterThanOrEqual(9);
    }
  });

  test('each row’s date is on the row, or it is the one date its block’s heading gives', () => {
    const g = model.layouts.narrow;
    const claims = new Map(data.claims.map((c) => [c.id, c]));
    const headings = g.texts.filter((t) => t.role === 'stated').sort((a, b) => a.y - b.y);
    for (const m of g.marks) {
      const dates = [...new Set(m.claims.map((id) => shortDate(claims.get(id)!.asserted)))];
      const own = m.lines.find((l) => l.role === 'date');
      const shown = own ? text(own.spans) : text(headings.filter((h) => h.y < m.lines[0].y).at(-1)!.spans).replace(/^stated /, '');
      // one date ("27 Feb": a block's range is not a row's date), or the span of a row's two dates ("27–28 Feb")
      if (dates.length === 1) expect(shown, m.id).toBe(dates[0]);
      else for (const d of dates) expect(shown, m.id).toContain(d.split(' ')[0]);
    }
  });

  test('a row’s own date sits on its row and collides with nothing', () => {
    const g = model.layouts.narrow;
    const own = g.marks.flatMap((m) => m.lines.filter((l) => l.role === 'date'));
    expect(own.length).toBeGreaterThan(0);
    const all = [...g.texts, ...g.marks.flatMap((m) => [...m.lines, ...m.bars.map((b) => b.label)])].map(lineBox);
    expect(collisions(all).map(([a, b]) => `${a.what} × ${b.what}`)).toEqual([]);
    expect(outside(all, g.width, g.height).map((b) => b.what)).toEqual([]);
  });
});

describe('nothing is lost', () => {
  test('every record is a bar, a dot, or in the table marked “not drawn” with why (and the notes say so); the table has them all', () => {
    const bars = new Set(model.layouts.narrow.marks.flatMap((m) => m.bars.map((b) => b.claim)));
    const dots = new Set(model.layouts.narrow.counts.marks.flatMap((m) => m.trails.flatMap((t) => t.claims)));
    const rows = selectRows(data);
    const records = rows.flatMap((r) => r.chain);
    expect(model.table.rows).toHaveLength(records.length);
    const inChart = model.table.columns.indexOf('In the chart');
    records.forEach((c, i) => {
      const cell = model.table.rows[i][inChart];
      if (bars.has(c.id)) expect(cell, c.id).toMatch(reachOf(c) === 0 ? /^tick at zero$/ : /^bar/);
      else if (dots.has(c.id)) expect(cell, c.id).toMatch(/^dot/);
      else expect(cell, c.id).toMatch(/^not drawn: (one place or day|no number above zero for \w+)$/);
    });
    expect(model.notes.join(' ')).toMatch(/a claim of none as a tick at zero; counts of one incident, place or day, and denials in a measure no one gave a number for \(such as captures\), are in the data table only/);
  });
});

