/**
 * strike-map geography in artboard units: the atlas's arcs projected once per panel, simplified
 * for that panel's scale and snapped to a grid, then written as short relative SVG paths.
 *
 * Simplifying the topology's arcs (rather than each drawn shape) keeps shared borders identical
 * in every shape that uses them: a country's fill and the border line drawn over it never part.
 */
import { geoIdentity, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh, transform } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Properties, Topology } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import type { Box } from './labels.ts';

type Pt = [number, number];

/** Douglas–Peucker: the points of `line` needed to stay within `tolerance` of it (ends kept). */
export function simplifyLine(line: Pt[], tolerance: number): Pt[] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a];
    const [bx, by] = line[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i];
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d2 > worst) { worst = d2; at = i; }
    }
    if (worst > t2) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/**
 * A path writer for d3's geoPath: absolute moves, relative lines, coordinates on a grid of
 * 1/`k` units, zero-length steps dropped, repeated commands and separators left out. With a
 * `tolerance`, each ring or line is simplified first (Douglas–Peucker) and rings smaller than
 * `minSize` units across are left out (used where the geometry is not pre-simplified).
 */
export class ShortPath {
  private out = '';
  private pts: Pt[] = [];
  private readonly k: number;
  private readonly tolerance: number;
  private readonly minSize: number;
  constructor(k = 1, tolerance = 0, minSize = 0) {
    this.k = k;
    this.tolerance = tolerance;
    this.minSize = minSize;
  }
  private num(v: number, first: boolean) {
    const s = String(Math.round(v * this.k) / this.k).replace(/^(-?)0\./, '$1.');
    return first || s.startsWith('-') ? s : ` ${s}`;
  }
  private flush(closed: boolean) {
    const raw = this.pts;
    this.pts = [];
    if (raw.length < 2) return;
    if (this.minSize) {
      const xs = raw.map((p) => p[0]);
      const ys = raw.map((p) => p[1]);
      if (Math.max(...xs) - Math.min(...xs) < this.minSize && Math.max(...ys) - Math.min(...ys) < this.minSize) return;
    }
    const line = this.tolerance ? simplifyLine(raw, this.tolerance) : raw;
    const snap = (v: number) => Math.round(v * this.k) / this.k;
    let [x, y] = [snap(line[0][0]), snap(line[0][1])];
    let s = `M${this.num(x, true)}${this.num(y, false)}`;
    let steps = 0;
    for (const [px, py] of line.slice(1)) {
      const [nx, ny] = [snap(px), snap(py)];
      const dx = nx - x;
      const dy = ny - y;
      if (dx === 0 && dy === 0) continue;
      // after "l" a number may follow the last one straight away only if it starts with "-"
      s += `${steps ? '' : 'l'}${this.num(dx, steps === 0)}${this.num(dy, false)}`;
      steps++;
      [x, y] = [nx, ny];
    }
    if (steps) this.out += closed ? `${s}z` : s;
  }
  moveTo(x: number, y: number) {
    this.flush(false);
    this.pts = [[x, y]];
  }
  lineTo(x: number, y: number) {
    this.pts.push([x, y]);
  }
  closePath() {
    this.flush(true);
  }
  arc() { /* geoPath calls arc only for Point geometries, which the map does not draw */ }
  beginPath() { /* part of d3-geo's GeoContext; geoPath does not call it */ }
  result() {
    this.flush(false);
    const s = this.out;
    this.out = '';
    return s;
  }
}

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** A position of the atlas in artboard units (a panel's projection never drops a point: no clip angle). */
function projected(projection: GeoProjection, [lon, lat]: number[]): Pt {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`strike-map: the panel's projection dropped the point ${lon}, ${lat}`);
  return p;
}

/** The polygons among `geometries` (what topojson's merge joins; it ignores everything else). */
export function polygons<P extends Properties>(geometries: GeometryObject<P>[]): (TopoPolygon<P> | TopoMultiPolygon<P>)[] {
  return geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
}
type Node = { id?: string | number };

export interface PlanarAtlas {
  topo: Atlas;
  /** Shapes and lines of the atlas as path data, clipped to the panel. */
  pathOf: (object: GeoPermissibleObjects) => string;
  /** Lines of the atlas (in artboard units, not clipped) between countries `filter` selects. */
  lines: (filter: (a: Node, b: Node) => boolean) => Pt[][];
  /** Land shapes of the countries `filter` selects, merged into one. */
  merged: (filter: (g: Node) => boolean) => MultiPolygon;
}

/**
 * The atlas projected into one panel: every arc projected with `projection`, simplified to
 * `tolerance` units (coarser, `coarse`, for arcs no home country uses), snapped to 1/`k` units.
 */
export function planarAtlas(atlas: Atlas, projection: GeoProjection, box: Box, isHome: (g: Node) => boolean, tolerance: number, coarse: number, k = 1): PlanarAtlas {
  const decode = transform(atlas.transform ?? null);
  // arcs a home country uses are drawn finer than the rest
  const homeArcs = new Set<number>();
  const visit = (arcs: unknown): void => {
    if (typeof arcs === 'number') homeArcs.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) arcs.forEach(visit);
  };
  for (const g of atlas.objects.countries.geometries) if (isHome(g) && 'arcs' in g) visit(g.arcs);
  const margin = 200;
  const near = ([x, y]: Pt) => x > box.x0 - margin && x < box.x1 + margin && y > box.y0 - margin && y < box.y1 + margin;
  const arcs = atlas.arcs.map((arc, i) => {
    const pts = arc.map((p, j) => projected(projection, decode(p, j !== 0)));
    // arcs far outside the panel are clipped away: simplified coarsely, they cannot reach it
    const simple = simplifyLine(pts, !pts.some(near) ? margin / 10 : homeArcs.has(i) ? tolerance : coarse);
    const snapped = simple.map(([x, y]): Pt => [Math.round(x * k) / k, Math.round(y * k) / k]);
    // keep the ends exactly as snapped so arcs still join; drop repeats in between
    return snapped.filter((p, j) => j === 0 || j === snapped.length - 1 || p[0] !== snapped[j - 1][0] || p[1] !== snapped[j - 1][1]);
  });
  const topo: Atlas = { type: 'Topology', objects: atlas.objects, arcs };
  const writer = new ShortPath(k);
  const path = geoPath(geoIdentity().clipExtent([[box.x0, box.y0], [box.x1, box.y1]]), writer);
  return {
    topo,
    pathOf: (object) => {
      path(object);
      return writer.result();
    },
    lines: (filter) => mesh(topo, topo.objects.countries, filter).coordinates.map((line) => line.map(([x, y]): Pt => [x, y])),
    merged: (filter) => merge(topo, polygons(topo.objects.countries.geometries).filter(filter)),
  };
}

export { feature };
