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

let globe: CountriesTopology | undefined;

/** The coarse world topology for the locator globe, read once per process. */
export function loadGlobe(): CountriesTopology {
  globe ??= JSON.parse(readFileSync(resolveAtlas(GLOBE_FILE), 'utf8')) as CountriesTopology;
  return globe;
}
