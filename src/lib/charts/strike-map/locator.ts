/**
 * strike-map locator: a small globe centred on the region, with Afghanistan and Pakistan picked
 * out, so a reader new to the region sees where the main map sits. Drawn from the coarse
 * (1:110m) atlas: at this size finer coastlines would only add bytes.
 */
import { geoOrthographic, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { AFGHANISTAN, PAKISTAN, type CountriesTopology } from './geography.ts';
import type { Box } from './labels.ts';
import { ShortPath, polygons } from './planar.ts';

export interface Locator { box: Box; cx: number; cy: number; r: number; land: string; home: string }

/** Centre of the globe (lon, lat): the two countries, a little south so the Indian Ocean shows. */
export const GLOBE_CENTRE: [number, number] = [68, 28];

/** The globe is drawn this much larger than its disc and cut to it: a near-side view of Asia. */
const ZOOM = 1.4;

export function locatorFor(topo: CountriesTopology, x: number, y: number, r: number): Locator {
  const projection = geoOrthographic()
    .rotate([-GLOBE_CENTRE[0], -GLOBE_CENTRE[1]])
    .translate([x + r, y + r])
    .scale(r * ZOOM)
    .clipAngle((Math.asin(1 / ZOOM) * 180) / Math.PI)
    .precision(1);
  const writer = new ShortPath(1, 1.1, 4);
  const path = geoPath(projection, writer);
  const draw = (object: GeoPermissibleObjects) => { path(object); return writer.result(); };
  const isHome = (g: { id?: string | number }) => g.id === AFGHANISTAN || g.id === PAKISTAN;
  return {
    box: { x0: x, y0: y, x1: x + 2 * r, y1: y + 2 * r },
    cx: x + r,
    cy: y + r,
    r,
    land: draw(feature(topo, topo.objects.land)),
    home: draw(merge(topo, polygons(topo.objects.countries.geometries).filter(isHome))),
  };
}
