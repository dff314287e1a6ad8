/**
 * casualty-claims, issue 13 (fourth stop): a claim of none is a value, not an absence; each phone
 * row's own date has one place. Each test was seen failing on the chart before this change
 * (Pakistan's "has not killed any civilians" was in the table only; dates sat at a row's end,
 * after its name or under it).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { compute } from '../../src/lib/charts/casualty-claims/compute.ts';
import { reachOf, selectRows, type Claim } from '../../src/lib/charts/casualty-claims/select.ts';
import { textWidth } from '../../src/lib/viz/text.ts';
import { TYPE } from '../../src/lib/viz/type.ts';
import type { ContentData } from '../../src/lib/charts/types.ts';
import { projectData, spansText as text } from '../helpers/content.ts';

let data: ContentData;
let model: ReturnType<typeof compute>;
beforeAll(async () => {
  data = await projectData();
  model = compute(data);
});

const ref = (collection: string, id: string) => ({ collection, id });

describe('a claim of none is a figure', () => {
  test('Pakistan’s “has not killed any civilians” is a tick at zero in the Afghan civilians block, beside UNAMA’s count, on every artboard', () => {
    const zero = data.claims.find((c) => c.claimant.id === 'pakistan-government' && c.group === 'civilians' && c.counted === 'killed' && c.value === 0)!;
    const unama = selectRows(data).find((r) => r.head.claimant.id === 'unama' && r.episode === zero.episode.id && r.block === 'afghanistan:others' && r.measure === 'killed' && !r.head.incident)!;
    expect(zero, 'the content holds Pakistan’s zero').toBeDefined();
    for (const [name, g] of Object.entries(model.layouts)) {
      const mark = g.marks.find((m) => m.claims.includes(zero.id));
      expect(mark, `${name}: no row for ${zero.id}`).toBeDefined();
      const bar = mark!.bars.find((b) => b.claim === zero.id)!;
      expect(bar).toMatchObject({ zero: true, value: 0, len: 0, measure: 'killed' });
      expect(text(bar.label.spans)).toBe('none');
      // the same block and column as UNAMA's figure, its tick on the column's zero
      const other = g.marks.find((m) => m.claims.includes(unama.head.id))!;
      expect(other.id.split(':').slice(0, 3)).toEqual(mark!.id.split(':').slice(0, 3));
      const ub = other.bars.find((b) => b.claim === unama.head.id)!;
      expect(bar.x).toBeCloseTo(ub.x, 5);
      expect(ub.len).toBeGreaterThan(0);
      // its status, like every row's: a marker on phones, in words on wide artboards; its tooltip quotes the source
      if (name === 'narrow') expect(mark!.status?.encoding).toBe('hatch');
      else expect(mark!.lines.map((l) => text(l.spans)).join(' ')).toContain('disputed 6 Mar');
      expect(mark!.tip.value).toBe('none killed');
      expect(mark!.tip.quote).toContain('has not killed any civilians');
    }
  });

  test('the table and CSV give it as “none”, marked as drawn', () => {
    const rows = model.table.rows.filter((r) => r.includes('tick at zero'));
    expect(rows.length).toBeGreaterThan(0);
    const figure = model.table.columns.indexOf('Figure');
    const zero = data.claims.find((c) => c.claimant.id === 'pakistan-government' && c.group === 'civilians' && c.counted === 'killed' && c.value === 0)!;
    expect(model.table.rows[model.table.records!.findIndex((x) => x?.id === zero.id)][figure]).toBe('none');
    expect(rows.length).toBe(rows.filter((r) => r[figure] === 'none').length);
  });

  test('a zero is drawn exactly where a figure above zero with the same scope would be', () => {
    let n = 0;
    type Loose = Record<string, unknown> & { claimant: string; value: number };
    const claim = (p: Loose) => ({
      id: `z-${++n}`, episode: ref('events', 'war'), side: 'afghanistan', group: 'civilians', subject: 'Civilians', counted: 'killed', qualifier: 'exact',
      quote: p.value === 0 ? 'It has not killed any civilians.' : `It killed ${p.value}.`, period: { start: '2026-02-26', end: '2026-03-06' }, asserted: '2026-03-06',
      source: ref('sources', 's'), status: 'claimed', ...p, claimant: ref('actors', p.claimant),
    }) as unknown as Claim;
    const fixture = (claims: Claim[]) => ({
      claims,
      actors: [{ id: 'pk', shortName: 'Pakistan’s government', stance: 'party', country: 'PK', kind: 'government' }, { id: 'un', shortName: 'UNAMA', stance: 'monitor', kind: 'un-agency' }],
      sources: [{ id: 's', title: 'T', publisher: 'P', date: '2026-03-06' }],
      events: [{ id: 'war', date: '2026-02-26', endDate: '2026-03-16', title: 'War', kind: 'episode' }],
    }) as unknown as ContentData;
    // scopes: the whole episode; one incident; one day of a claimant who also gave a whole figure
    const scopes: Record<string, unknown>[] = [{}, { incident: 'one strike', period: { start: '2026-03-01', end: '2026-03-01' } }, { period: { start: '2026-03-01', end: '2026-03-01' }, group: 'others' }];
    for (const scope of scopes) {
      const drawn = [0, 5].map((v) => {
        const c = claim({ claimant: 'pk', value: v, ...scope });
        const whole = claim({ claimant: 'pk', value: 9, counted: 'wounded', group: 'civilians' });
        const m = compute(fixture([c, whole, claim({ claimant: 'un', value: 56, status: 'documented' })]));
        return Object.values(m.layouts).map((g) => g.marks.some((x) => x.bars.some((b) => b.claim === c.id)));
      });
      expect(drawn[0], JSON.stringify(scope)).toEqual(drawn[1]);
    }
  });

  test('a denial in a measure no one gave a number for (none captured) is not drawn under another measure\'s column', () => {
    const columns = new Set(selectRows(data).filter((r) => reachOf(r.head) > 0).map((r) => r.measure));
    const orphans = selectRows(data).filter((r) => !columns.has(r.measure)).map((r) => r.head.id);
    expect(orphans.length, 'the content has a denial of captures').toBeGreaterThan(0);
    for (const g of Object.values(model.layouts)) {
      const drawn = new Set(g.marks.flatMap((m) => m.bars.map((b) => b.claim)));
      for (const id of orphans) expect(drawn.has(id), id).toBe(false);
    }
  });

  test('every zero in the content is drawn or, like the figures of its scope, in the table as one place or day', () => {
    const zeros = selectRows(data).filter((r) => reachOf(r.head) === 0);
    expect(zeros.length).toBeGreaterThanOrEqual(4);
    const drawn = new Set(model.layouts.narrow.marks.flatMap((m) => m.bars.map((b) => b.claim)));
    const inChart = model.table.columns.indexOf('In the chart');
    const columns = new Set(selectRows(data).filter((r) => reachOf(r.head) > 0).map((r) => r.measure));
    for (const r of zeros) {
      const row = model.table.rows[model.table.records!.findIndex((x) => x?.id === r.head.id)];
      const column = columns.has(r.measure) || Boolean(r.head.incident);
      expect(row[inChart], r.head.id).toBe(drawn.has(r.head.id) ? 'tick at zero' : column ? 'not drawn: one place or day' : `not drawn: no number above zero for ${r.measure}`);
      if (!drawn.has(r.head.id) && column) expect(Boolean(r.head.incident) || r.head.period.start > (data.events.find((e) => e.id === r.episode)?.date ?? ''), r.head.id).toBe(true);
    }
  });
});

describe('phones: a row’s own date has one place, after its name', () => {
  test('every own date sits on its row’s line right after the name, inside the name column', () => {
    const g = model.layouts.narrow;
    const own = g.marks.filter((m) => m.lines.some((l) => l.role === 'date'));
    expect(own.length).toBeGreaterThan(2);
    const firstCol = Math.min(...g.marks.flatMap((m) => m.bars.map((b) => b.x)));
    for (const m of own) {
      const [name, date] = [m.lines[0], m.lines.find((l) => l.role === 'date')!];
      expect(date.y, m.id).toBe(name.y);
      expect(date.anchor, m.id).toBeUndefined();
      const nameEnd = name.x + textWidth(text(name.spans), TYPE.size, 650);
      expect(date.x - nameEnd, m.id).toBeGreaterThan(2);
      expect(date.x - nameEnd, m.id).toBeLessThan(8);
      expect(date.x + textWidth(text(date.spans), TYPE.size), m.id).toBeLessThan(firstCol);
    }
  });

  test('where a name takes its short form to leave room for a date, the claimant has that one name on phones, in both views', () => {
    const g = model.layouts.narrow;
    // (the dates above are after the name: the test fails on the old layout's dates at the row's end)
    expect(g.marks.filter((m) => m.lines.some((l) => l.role === 'date')).every((m) => m.lines.find((l) => l.role === 'date')!.anchor === undefined)).toBe(true);
    const names = new Map<string, Set<string>>();
    for (const m of [...g.marks, ...g.counts.marks]) {
      // (ids run episode:side:family:claimant…; a count's first figure may be another voice's)
      const claimant = m.id.split(':')[3];
      if (!names.has(claimant)) names.set(claimant, new Set());
      names.get(claimant)!.add(text(m.lines[0].spans.length ? [m.lines[0].spans[0]] : []));
    }
    expect(names.size).toBeGreaterThan(4);
    for (const [id, set] of names) expect([...set], id).toHaveLength(1);
    // and every mark's id is its own
    const ids = g.marks.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('running counts: one open-ended glyph, and small counts that read as a change', () => {
  const open = (c: Claim) => c.qualifier === 'at-least' || c.qualifier === 'more-than';

  test('every earlier “at least” / “more than” figure is drawn as the glyph (the chevron in place of its ring), as the latest carries it', () => {
    const rows = selectRows(data).filter((r) => r.steps.length > 1);
    let marked = 0;
    for (const g of Object.values(model.layouts)) {
      for (const t of g.counts.marks.flatMap((m) => m.trails)) {
        const r = rows.find((x) => x.head.id === t.claims.at(-1) && x.measure === t.measure)!;
        expect(t.dots.map((d) => d.open), r.head.id).toEqual(r.steps.map((s) => open(s.claims[0])));
        marked += t.dots.filter((d) => d.open && !d.latest).length;
      }
    }
    expect(marked).toBeGreaterThan(5);
  });

  test('each row’s words give every count as first → latest, the glyph (not words) after an open figure, so Kabul’s 8 → 13 reads at a glance', () => {
    for (const g of Object.values(model.layouts)) {
      for (const m of g.counts.marks) {
        const words = m.lines.slice(1).map((l) => text(l.spans)).join(' ');
        expect(words, m.id).not.toMatch(/at least|more than/);
        let glyphs = 0;
        for (const t of m.trails) {
          const [first, last] = [data.claims.find((c) => c.id === t.claims[0])!, data.claims.find((c) => c.id === t.claims.at(-1))!];
          const n = (c: Claim) => String(reachOf(c)).replace(/\B(?=(\d{3})+$)/g, ',');
          expect(words.replace(/\s+/g, ' '), m.id).toContain(`${n(first)}`);
          expect(words.replace(/\s+/g, ' '), m.id).toContain(`${n(last)}`);
          glyphs += Number(open(first)) + Number(open(last));
        }
        expect(m.glyphs, m.id).toHaveLength(glyphs);
        // one drawn arrow per count, first → latest (the chart face has no "→": a fallback font in print)
        expect(m.arrows, m.id).toHaveLength(m.trails.length);
        // and no run of the words is set over an arrow or a glyph (a run after one starts at its own x)
        for (const l of m.lines.slice(1)) {
          let x = l.x;
          for (const sp of l.spans) {
            x = sp.x ?? x;
            const [x1, x2] = [x, x + textWidth(sp.text, TYPE.size)];
            for (const a of m.arrows.filter((k) => Math.abs(k.y - (l.y - TYPE.size * 0.3)) < 0.5)) expect(x2 <= a.x + 0.5 || x1 >= a.x + 9, `${m.id}: “${sp.text}” over an arrow`).toBe(true);
            for (const k of m.glyphs.filter((k) => Math.abs(k.y - (l.y - S035)) < 0.5)) expect(x2 <= k.x + 0.5 || x1 >= k.x + 7, `${m.id}: “${sp.text}” over a glyph`).toBe(true);
            x = x2;
          }
        }
        expect(words, m.id).not.toContain('→');
        // each glyph sits right after a number of the words line, on its line
        for (const k of m.glyphs) expect(m.lines.some((l) => Math.abs(l.y - S035 - k.y) < 0.5), m.id).toBe(true);
      }
    }
    // Kabul's 8 → 13: "8", the arrow, "13", in that order on one line
    const kabul = model.layouts.narrow.counts.marks.find((m) => m.id.includes(':afghanistan:combatants:afghan-taliban-government'))!;
    const line = kabul.lines.find((l) => l.spans.some((sp) => sp.text.endsWith(' 8')))!;
    const i = line.spans.findIndex((sp) => sp.text.endsWith(' 8'));
    const eight = line.x + textWidth(line.spans.slice(0, i + 1).map((sp) => sp.text).join(''), TYPE.size);
    const thirteen = line.spans[i + 1];
    expect(thirteen.text.startsWith('13'), thirteen.text).toBe(true);
    const arrow = kabul.arrows.find((a) => Math.abs(a.y - (line.y - TYPE.size * 0.3)) < 0.5 && a.x > eight - 1 && a.x < thirteen.x!)!;
    expect(arrow, 'an arrow between 8 and 13').toBeDefined();
    expect(arrow.x).toBeLessThan(thirteen.x!);
  });
});
const S035 = TYPE.size * 0.35;

describe('the finding above the chart', () => {
  test('places the independent count among the parties’ in one clause, and gives every episode where a party and a monitor counted the same dead', () => {
    const { summary } = model;
    expect(summary).not.toMatch(/admits/);
    // the civilians of the open war: the parties' figures and UNAMA's side by side, largest first
    expect(summary).toMatch(/for Afghan civilians killed, [^;.]*say \d+, UNAMA documented \d+ and Pakistan’s government says none/);
    // the 16 March strike: Kabul's figure beside UNAMA's
    const hospital = selectRows(data).filter((r) => r.episode === '2026-03-16-kabul-hospital-strike' && r.measure === 'killed');
    const party = hospital.find((r) => r.voice === 'af')!;
    const un = hospital.find((r) => r.head.claimant.id === 'unama')!;
    expect(summary).toContain(`say ${party.steps.at(-1)!.valueText} were killed and UNAMA documented ${un.steps.at(-1)!.valueText}`);
  });
});
