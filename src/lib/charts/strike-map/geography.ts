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

function resolveAtlas(): string {
  for (const base of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(base).resolve(ATLAS_FILE);
    } catch {
      // bundled build chunks may sit where node_modules is not reachable; try the project root
    }
  }
  throw new Error(`strike-map: cannot find ${ATLAS_FILE}; is the world-atlas package installed?`);
}

let cached: CountriesTopology | undefined;

/** The world-atlas topology, read once per process. */
export function loadCountries(): CountriesTopology {
  cached ??= JSON.parse(readFileSync(resolveAtlas(), 'utf8')) as CountriesTopology;
  return cached;
}
