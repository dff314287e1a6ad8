/**
 * strike-map invariants from the graphics review (issue 13, "Map"): text never crosses the
 * Afghanistan–Pakistan border or sits on a marker, the provinces the text names are named, events
 * sit where they happened, the Line of Control is drawn, a locator shows where the map is,
 * tooltips give the toll, geometry stays small and label placement stays fast on large inputs.
 * Checked against the atlas and the content directly, not against the layout's own bookkeeping.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { geoContains, geoDistance } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import { loadStrikeMap } from '../helpers/strike-map.ts';
import { loadCountries } from '../../src/lib/charts/strike-map/geography.ts';
import { placeLabels, type Box } from '../../src/lib/charts/strike-map/labels.ts';
import { crowdedArea, projectionFor, worldOf, type Geometry, type Panel } from '../../src/lib/charts/strike-map/layout.ts';
import { groupSites, selectPlaces } from '../../src/lib/charts/strike-map/places.ts';
import { formatQuantity } from '../../src/lib/data/quantity.ts';
import { textWidth as kitWidth } from '../../src/lib/viz/text.ts';
import type { ChartModel, ContentData } from '../../src/lib/charts/types.ts';

let data: ContentData;
let model: ChartModel<Geometry>;
beforeAll(async () => {
  ({ data, model } = await loadStrikeMap());
});

const KM = 6371;
type Pt = [number, number];
const layouts = () => Object.entries(model.layouts) as [string, ChartModel<Geometry>['layouts']['wide']][];

/** Every piece of text drawn over a panel, with its box. */
function texts(panel: Panel): { what: string; box: Box; site?: string }[] {
  const p = panel as Panel & { provinceLabels?: { text: string; box: Box }[] };
  return [
    ...panel.sites.flatMap((s) => [s.name && { what: s.label, box: s.name.box, site: s.id }, s.numberText && { what: `#${s.keyNumber}`, box: s.numberText.box, site: s.id }]),
    ...panel.countryLabels.map((c) => ({ what: c.text, box: c.box })),
    ...(p.provinceLabels ?? []).map((l) => ({ what: l.text, box: l.box })),
  ].filter((t): t is { what: string; box: Box; site?: string } => Boolean(t));
}

/** Whether segment a-b passes through box b (exact, by clipping). */
function crosses([ax, ay]: Pt, [bx, by]: Pt, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[ax - bx, ax - box.x0], [bx - ax, box.x1 - ax], [ay - by, ay - box.y0], [by - ay, box.y1 - ay]]) {
    if (p === 0) { if (q < 0) return false; continue; }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The Afghanistan–Pakistan border at full atlas resolution, projected into each panel. */
function borderIn(panelId: string, box: Box): Pt[][] {
  const world = worldOf(loadCountries());
  const topo = loadCountries();
  const area = crowdedArea(groupSites(selectPlaces(data).plotted), world);
  const projection = panelId === 'main' ? projectionFor(world.both, box) : projectionFor(world.both, box, area!);
  const home = (g: { id?: unknown }) => g.id === '004' || g.id === '586';
  const line = mesh(topo, topo.objects.countries, ((a: { id?: unknown }, b: { id?: unknown }) => a !== b && home(a) && home(b)) as never) as MultiLineString;
  return line.coordinates.map((l) => l.map((c) => projection(c as Pt)!));
}

describe('strike-map text and the border', () => {
  test('no name, number, country or province label crosses the Afghanistan–Pakistan border, at either artboard', () => {
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        const lines = borderIn(panel.id, panel.box);
        for (const t of texts(panel)) {
          const hit = lines.some((l) => l.some((p, i) => i > 0 && crosses(l[i - 1], p, t.box)));
          expect(hit, `${name} ${panel.id}: "${t.what}" crosses the border`).toBe(false);
        }
      }
    }
  });

  test('no text sits on any marker, its own included (the review found Kandahar half under its markers), at either artboard', () => {
    const over = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        for (const t of texts(panel)) {
          for (const s of panel.sites) expect(over(t.box, s.marker), `${name} ${panel.id}: "${t.what}" on ${s.id}`).toBe(false);
        }
        // the boxes are as wide as the text as the chart font sets it (the kit's measured widths)
        for (const s of panel.sites.filter((x) => x.name)) {
          const w = kitWidth(s.label, g.fontSize, s.capital ? 650 : 400);
          expect(s.name!.box.x1 - s.name!.box.x0, `${name} ${panel.id}: ${s.label}`).toBeGreaterThanOrEqual(w - 0.5);
        }
      }
    }
  });
});

describe('strike-map geography', () => {
  const PROVINCES = ['khyber-pakhtunkhwa', 'balochistan', 'nangarhar', 'paktika', 'paktia', 'kunar', 'laghman'];

  test('the provinces the text names are named in every artboard: as a province name, at their marker, or after a district in them ("Barmal, Paktika")', () => {
    for (const [name, g] of layouts()) {
      const named = new Set<string>();
      for (const panel of g.panels) {
        const p = panel as Panel & { provinceLabels?: { id: string }[] };
        for (const l of p.provinceLabels ?? []) named.add(l.id);
        for (const s of panel.sites) if (s.name || s.numberText) for (const id of s.placeIds) named.add(id);
        for (const s of panel.sites.filter((x) => x.name)) {
          const place = data.places.find((x) => x.id === s.placeIds[0])!;
          const province = data.places.find((x) => x.kind === 'province' && x.admin1 === place.admin1 && s.label.endsWith(`, ${x.name}`));
          if (place.kind === 'district' && province) named.add(province.id);
        }
      }
      for (const id of PROVINCES) expect(named.has(id), `${name}: ${id}`).toBe(true);
    }
  });

  test('the Shorabak fighting is plotted in Shorabak district, near the border, not at Kandahar city', () => {
    const e = data.events.find((x) => x.id === '2026-03-05-fighting-at-shorabak')!;
    const places = e.places.map((p) => data.places.find((x) => x.id === p.id)!);
    expect(places.map((p) => p.kind)).toEqual(['district']);
    const [p] = places;
    const kandahar = data.places.find((x) => x.id === 'kandahar')!;
    expect(geoDistance([p.lon, p.lat], [kandahar.lon, kandahar.lat]) * KM).toBeGreaterThan(80);
    const world = worldOf(loadCountries());
    expect(geoContains(world.af, [p.lon, p.lat])).toBe(true);
    expect(p.coordinatesNote).toMatch(/Shorabak/);
    for (const g of Object.values(model.layouts)) {
      const site = g.panels[0].sites.find((s) => s.placeIds.includes(p.id));
      expect(site?.glyphs.map((gl) => gl.kind)).toEqual(['ground-clash']);
    }
  });

  test('the Line of Control is drawn dashed, apart from the international border, and only in Kashmir', () => {
    const world = worldOf(loadCountries());
    for (const [name, g] of layouts()) {
      const main = g.panels[0];
      const loc = (main.paths as unknown as Record<string, string | undefined>).loc ?? '';
      expect(loc.length, name).toBeGreaterThan(20);
      const projection = projectionFor(world.both, main.box);
      // absolute start points of each run: all north of the Punjab border
      for (const m of loc.matchAll(/M(-?[\d.]+)[ ,]?(-?[\d.]+)/g)) {
        const [, lat] = projection.invert!([Number(m[1]), Number(m[2])])!;
        expect(lat, name).toBeGreaterThan(32.5);
      }
    }
  });

  test('a locator globe shows where the two countries are', () => {
    for (const [name, g] of layouts()) {
      const loc = (g as unknown as { locator?: { land: string; home: string; box: Box } }).locator;
      expect(loc, name).toBeDefined();
      expect(loc!.land.length).toBeGreaterThan(100);
      expect(loc!.home.length).toBeGreaterThan(10);
      for (const panel of g.panels) expect(loc!.box.x0 >= panel.box.x1 || loc!.box.y0 >= panel.box.y1, `${name}: globe off the maps`).toBe(true);
    }
  });
});

describe('strike-map tooltips', () => {
  test('each tooltip says what happened and when, every claimant’s toll as recorded, then one source line', () => {
    for (const g of Object.values(model.layouts)) {
      for (const site of g.panels.flatMap((p) => p.sites.filter((s) => s.tip))) {
        const tip = site.tip!;
        const events = data.events.filter((e) => e.places.some((p) => site.placeIds.includes(p.id)) && tip.value.includes(e.title));
        expect(events.length, site.id).toBeGreaterThan(0);
        const claims = data.claims.filter((c) => c.fact && events.some((e) => e.facts.includes(c.fact!)));
        if (!claims.length) expect(tip.meta, site.id).toMatch(/no toll/);
        for (const c of claims.slice(0, 3)) expect(tip.meta, `${site.id} ${c.id}`).toContain(`${formatQuantity(c.value, c.qualifier, c.wording)} ${c.counted.replace(/-/g, ' ')}`);
        expect(tip.source.split(/;|\n/)).toHaveLength(1);
      }
    }
    const shorabak = model.layouts.wide.panels.flatMap((p) => p.sites).find((s) => s.id === 'shorabak' && s.tip)!;
    expect(shorabak.tip!.meta).toContain('30 killed');
    expect(shorabak.tip!.value).toContain('5–6 March 2026');
    // without scripts the table carries the same toll
    const row = model.table.rows.find((r) => r[0] === 'Shorabak')!;
    expect(row[model.table.columns.indexOf('Toll, as each claimant gave it')]).toContain('30 killed');
  });
});

describe('strike-map weight and speed', () => {
  test('each artboard’s geography is at most 1.6 KB gzipped (province boundaries at most 1 KB more), with no path drawn twice', () => {
    for (const [name, g] of layouts()) {
      const provinces = g.panels.map((p) => (p.paths as unknown as { provinces?: string }).provinces ?? '');
      const pz = gzipSync(provinces.join('')).length;
      expect(pz, `${name}: province boundaries ${pz} bytes`).toBeLessThanOrEqual(1000);
      const paths = g.panels.flatMap((p) => Object.entries(p.paths).filter(([k]) => k !== 'provinces').map(([, v]) => v)).filter(Boolean) as string[];
      const loc = (g as unknown as { locator?: { land: string; home: string } }).locator;
      const all = [...paths, ...(loc ? [loc.land, loc.home] : [])];
      const gz = gzipSync(all.join('')).length;
      expect(gz, `${name}: ${gz} bytes`).toBeLessThanOrEqual(1600);
      expect(new Set(all).size, name).toBe(all.length);
    }
  });

  test('label placement stays near-linear: 6,000 labels with 6,000 obstacles and a long border line place in well under two seconds', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const n = 6000;
    const size = 4000;
    const marker = (x: number, y: number): Box => ({ x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 });
    const requests = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, marker: marker(rnd() * size, rnd() * size), height: 16, variants: [{ width: 60, gaps: [3, 9] }, { width: 10, gaps: [2], radii: [24, 32] }] }));
    const obstacles = Array.from({ length: n }, () => marker(rnd() * size, rnd() * size));
    const border: Pt[] = Array.from({ length: 4000 }, (_, i) => [i, size / 2 + Math.sin(i / 40) * 200]);
    const t0 = performance.now();
    // older placers take (requests, obstacles, bounds); the border line is an extra argument
    const { placed, unplaced } = (placeLabels as (...a: unknown[]) => ReturnType<typeof placeLabels>)(requests, obstacles, { x0: 0, y0: 0, x1: size, y1: size }, 1, [border]);
    const ms = performance.now() - t0;
    expect(placed.size + unplaced.length).toBe(n);
    expect(ms, `${Math.round(ms)} ms`).toBeLessThan(2000);
  });
});

describe('strike-map: places named on the map, on their own side of the border', () => {
  /** Few enough places in the key that a reader finds the rest by name on the map. */
  const MAX_NUMBERED = 3;

  test(`at most ${MAX_NUMBERED} places per artboard are numbers in the key; the rest are named on the map`, () => {
    for (const [name, g] of layouts()) {
      expect(g.key.items.length, `${name}: ${g.key.items.map((k) => k.text).join(', ')}`).toBeLessThanOrEqual(MAX_NUMBERED);
    }
  });

  test('every name and number of a place in Afghanistan or Pakistan lies on that country’s side of the border', () => {
    const world = worldOf(loadCountries());
    const countryOf = new Map(data.places.map((p) => [p.id, p.country]));
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        const projection = panel.id === 'main' ? projectionFor(world.both, panel.box) : projectionFor(world.both, panel.box, crowdedArea(groupSites(selectPlaces(data).plotted), world)!);
        for (const s of panel.sites) {
          const country = countryOf.get(s.placeIds[0]);
          const shape = country === 'AF' ? world.af : country === 'PK' ? world.pk : undefined;
          const text = s.name ?? s.numberText;
          if (!shape || !text) continue;
          const b = text.box;
          const at = projection.invert!([(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2])!;
          expect(geoContains(shape, at), `${name} ${panel.id}: "${s.name ? s.label : `#${s.keyNumber}`}" (${s.id}) outside ${country}`).toBe(true);
        }
      }
    }
  });

  test('no leader line crosses the Afghanistan–Pakistan border or another place’s marker', () => {
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        const lines = borderIn(panel.id, panel.box);
        for (const s of panel.sites.filter((x) => x.leader)) {
          const { x1, y1, x2, y2 } = s.leader!;
          const cross = (a: Pt, b: Pt) => {
            const o = (p: Pt, q: Pt, r: Pt) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
            return o(a, b, [x1, y1]) !== o(a, b, [x2, y2]) && o([x1, y1], [x2, y2], a) !== o([x1, y1], [x2, y2], b);
          };
          const hit = lines.some((l) => l.some((p, i) => i > 0 && cross(l[i - 1], p)));
          expect(hit, `${name} ${panel.id}: ${s.id}'s leader crosses the border`).toBe(false);
          for (const o of panel.sites.filter((x) => x !== s)) expect(crosses([x1, y1], [x2, y2], o.marker), `${name} ${panel.id}: ${s.id}'s leader over ${o.id}`).toBe(false);
        }
      }
    }
  });
});
