/**
 * strike-map layers for one panel: the atlas in artboard units (planar.ts), split into what the
 * map draws: all land, the two countries as one shape, other borders, the two countries' outer
 * borders, the Line of Control and the Afghanistan–Pakistan border.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry as GeoGeometry } from 'geojson';
import type { MultiPolygon, Polygon } from 'topojson-specification';

type Division = { name: string; country: string };
import { AFGHANISTAN, INDIA, PAKISTAN, loadAdmin1, type Admin1Topology, type CountriesTopology } from './geography.ts';
import type { Box } from './labels.ts';
import { planarAtlas } from './planar.ts';

/**
 * Path simplification (Douglas–Peucker, artboard units) per panel scale: the home countries'
 * borders finer, the other countries' (which carry no data) coarser; the detail is drawn larger.
 */
const THIN = 0.7;
const THIN_DETAIL = 0.6;
const THIN_NEIGHBOURS = 1.2;
/** Province boundaries are drawn thin and faint: coarser than the borders. */
const THIN_PROVINCES = 2.0;
const THIN_PROVINCES_DETAIL = 1.3;

export interface Paths {
  /** All land (drawn in the neighbours' colour; its outline is the coast). */
  land: string;
  /** Afghanistan and Pakistan, one shape: the two countries the map is about. */
  home: string;
  /** Borders between other countries. */
  otherBorders: string;
  /** Borders of Afghanistan and Pakistan with their other neighbours (enlarged area only: on the main map the outline of `home` draws them). */
  outerBorders: string;
  /** The Line of Control in Kashmir (dashed, as newsrooms draw it). */
  loc: string;
  /** The Afghanistan–Pakistan border (the Durand Line). */
  durand: string;
  /** Boundaries between provinces (first-level divisions) inside each of the two countries. */
  provinces: string;
}

export interface World {
  topo: CountriesTopology;
  countries: Feature<GeoGeometry, { name: string }>[];
  af: Feature<GeoGeometry, { name: string }>;
  pk: Feature<GeoGeometry, { name: string }>;
  both: FeatureCollection;
  /** Provinces and territories of the two countries (Natural Earth admin-1), by ISO 3166-2 code. */
  admin1: Admin1Topology;
  provinces: Map<string, Feature<GeoGeometry, { name: string; country: string }>>;
}

export function worldOf(topo: CountriesTopology, admin1: Admin1Topology = loadAdmin1()): World {
  const countries: Feature<GeoGeometry, { name: string }>[] = feature(topo, topo.objects.countries).features;
  const af = countries.find((f) => f.id === AFGHANISTAN);
  const pk = countries.find((f) => f.id === PAKISTAN);
  if (!af || !pk) throw new Error('strike-map: Afghanistan or Pakistan missing from the atlas');
  // a division drawn in several pieces (Khyber Pakhtunkhwa and the former tribal areas) is one shape
  const provinces = new Map<string, Feature<GeoGeometry, { name: string; country: string }>>();
  const geoms = admin1.objects.provinces.geometries;
  for (const id of new Set(geoms.map((g) => String(g.id)))) {
    const parts = geoms.filter((g) => String(g.id) === id);
    const shapes = parts.filter((g): g is Polygon<Division> | MultiPolygon<Division> => g.type === 'Polygon' || g.type === 'MultiPolygon');
    const first = parts[0].properties;
    const properties = first && 'name' in first ? first : { name: id, country: id.slice(0, 2) };
    provinces.set(id, { type: 'Feature', id, properties, geometry: merge(admin1, shapes) });
  }
  return { topo, countries, af, pk, both: { type: 'FeatureCollection', features: [af, pk] }, admin1, provinces };
}

/** Latitude north of which the India–Pakistan boundary in the atlas is the Line of Control. */
export const LOC_SOUTH = 32.9;

/**
 * The panel's layers. `named`: the provinces (ISO 3166-2 codes) whose boundaries are drawn, those
 * the map's places lie in; all of them when omitted.
 */
export function pathsFor(world: World, projection: GeoProjection, box: Box, detail: boolean, named?: Set<string>): { paths: Paths; path: ReturnType<typeof geoPath>; borderPoints: [number, number][]; durand: [number, number][][] } {
  type Node = { id?: string | number };
  const isHome = (f: Node) => f.id === AFGHANISTAN || f.id === PAKISTAN;
  const atlas = planarAtlas(world.topo, projection, box, isHome, detail ? THIN_DETAIL : THIN, THIN_NEIGHBOURS);
  const { topo } = atlas;
  const lines = (ls: [number, number][][]) => atlas.pathOf({ type: 'MultiLineString', coordinates: ls });
  // the India–Pakistan boundary (and Pakistan's with the Siachen area) north of LOC_SOUTH is the Line of Control
  const kashmir = (a: Node, b: Node) => a !== b && ((a.id === PAKISTAN && (b.id === INDIA || b.id === undefined)) || (b.id === PAKISTAN && (a.id === INDIA || a.id === undefined)));
  const north = (p: [number, number]) => (projection.invert!(p)?.[1] ?? 0) > LOC_SOUTH;
  const loc: [number, number][][] = [];
  const homeOuter = atlas.lines((a, b) => a !== b && isHome(a) !== isHome(b));
  const kashmirLines = atlas.lines(kashmir);
  const onKashmir = new Set(kashmirLines.flat().map((p) => `${p[0]},${p[1]}`));
  const outer: [number, number][][] = [];
  for (const line of homeOuter) {
    let run: [number, number][] = [];
    let runIsLoc = false;
    const flush = () => { if (run.length > 1) (runIsLoc ? loc : outer).push(run); };
    for (const [i, p] of line.entries()) {
      const isLoc = i > 0 && onKashmir.has(`${p[0]},${p[1]}`) && onKashmir.has(`${line[i - 1][0]},${line[i - 1][1]}`) && north(p) && north(line[i - 1]);
      if (i > 0 && isLoc !== runIsLoc) { flush(); run = [line[i - 1]]; runIsLoc = isLoc; }
      run.push(p);
    }
    flush();
  }
  const durand = atlas.lines((a, b) => a !== b && isHome(a) && isHome(b));
  const land = atlas.pathOf(feature(topo, topo.objects.land));
  // province boundaries: between two divisions of the same country (the countries' own borders are drawn above)
  const admin = world.admin1;
  const provinceAtlas = planarAtlas({ ...admin, objects: { countries: admin.objects.provinces, land: { type: 'GeometryCollection', geometries: [] } } }, projection, box, () => true, detail ? THIN_PROVINCES_DETAIL : THIN_PROVINCES, THIN_PROVINCES);
  const countryOf = new Map(admin.objects.provinces.geometries.map((d) => [d.id, d.type === null ? undefined : d.properties?.country]));
  const drawn = (d: { id?: string | number }) => !named || named.has(String(d.id));
  const provinceLines = provinceAtlas.lines((a, b) => a !== b && a.id !== b.id && countryOf.get(a.id) === countryOf.get(b.id) && (drawn(a) || drawn(b)));
  const home = atlas.pathOf(atlas.merged(isHome));
  return {
    path: geoPath(projection),
    borderPoints: [...outer, ...loc, ...durand].flat(),
    durand,
    paths: {
      // where the two countries fill the whole panel, the land under them is not drawn
      land: land === home ? '' : land,
      home,
      otherBorders: lines(atlas.lines((a, b) => a !== b && !isHome(a) && !isHome(b))),
      // on the main map the home shape's own outline is these borders (it never meets the panel's edge)
      outerBorders: detail ? lines(outer) : '',
      loc: lines(loc),
      durand: lines(durand),
      provinces: provinceAtlas.pathOf({ type: 'MultiLineString', coordinates: provinceLines }),
    },
  };
}

