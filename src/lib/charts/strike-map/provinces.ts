/**
 * strike-map province names: the provinces the text names (places with a `labelAt` point), written
 * in italics inside their province's boundary (Natural Earth admin-1, `admin1` in the places
 * collection), as near that point as markers, other text and the border allow.
 */
import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry as GeoGeometry } from 'geojson';
import { wrap } from '../../viz/text.ts';
import type { ContentData } from '../types.ts';
import { BoxGrid, inside, textWidth, type Box } from './labels.ts';
import { r1 } from './places.ts';

export interface Province { id: string; name: string; country: string; admin1?: string; lon: number; lat: number }
export interface AreaLabel { id: string; text: string; lines: string[]; x: number; y: number; lineHeight: number; box: Box }

/** How far (artboard units) a name first looks around its point before it tries the rest of its province. */
export const MAX_SHIFT = 30;
/** Names wider than this go on two lines. */
const WRAP_AT = 100;
/** Grid step (artboard units) of the search over the rest of the province. */
const STEP = 4;

export function provincesOf(data: ContentData): Province[] {
  return data.places
    .filter((p) => p.labelAt)
    .map((p) => ({ id: p.id, name: p.name.replace(/ province$/, ''), country: p.country, admin1: p.admin1, lon: p.labelAt!.lon, lat: p.labelAt!.lat }));
}

/** Candidate centres: the point itself, then rings around it, nearest first. */
function around(x: number, y: number): [number, number][] {
  const out: [number, number][] = [[Math.round(x), Math.round(y)]];
  for (let r = 4; r <= MAX_SHIFT; r += 4) {
    for (let i = 0; i < 16; i++) {
      const a = (Math.PI * 2 * i) / 16;
      out.push([Math.round(x + Math.cos(a) * r), Math.round(y + Math.sin(a) * r * 0.6)]);
    }
  }
  return out;
}

/** Points along a box's edges (corners, midpoints, quarters): all must fall inside the shape. */
export function edgePoints(b: Box): [number, number][] {
  const pts: [number, number][] = [];
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const x = b.x0 + (b.x1 - b.x0) * f;
    const y = b.y0 + (b.y1 - b.y0) * f;
    pts.push([x, b.y0], [x, b.y1], [b.x0, y], [b.x1, y]);
  }
  return pts;
}

/**
 * Names for `provinces` in one panel. `grid` holds everything a name must not touch (markers,
 * other text, border lines); each placed name is added to it. `shapeOf` gives the boundary a
 * name must stay inside: its province's, or failing that its country's.
 */
export function areaLabelsFor(provinces: Province[], projection: GeoProjection, bounds: Box, grid: BoxGrid, fs: number, shapeOf: (p: Province) => Feature<GeoGeometry> | undefined): { labels: AreaLabel[]; missed: string[] } {
  const labels: AreaLabel[] = [];
  const missed: string[] = [];
  const lineHeight = fs * 1.15;
  for (const p of provinces) {
    const at = projection([p.lon, p.lat]);
    const shape = shapeOf(p);
    if (!at || !shape) { missed.push(p.id); continue; }
    const lines = textWidth(p.name, fs) > WRAP_AT ? wrap(p.name, WRAP_AT, fs) : [p.name];
    const w = Math.max(...lines.map((l) => textWidth(l, fs))) + 2;
    const h = lines.length * lineHeight;
    const within = (x: number, y: number) => {
      const ll = projection.invert!([x, y]);
      return ll ? geoContains(shape, ll) : false;
    };
    const boxAt = ([x, y]: [number, number]): Box => ({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });
    const fits = (c: [number, number]) => {
      const box = boxAt(c);
      return inside(box, bounds) && !grid.hits(box, 2) && edgePoints(box).every(([a, b]) => within(a, b));
    };
    // near the point first; then anywhere in the province, nearest the point first
    let spot = around(at[0], at[1]).find(fits);
    if (!spot) {
      const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(shape);
      const grid2: [number, number][] = [];
      for (let x = Math.max(bx0, bounds.x0); x <= Math.min(bx1, bounds.x1); x += STEP) {
        for (let y = Math.max(by0, bounds.y0); y <= Math.min(by1, bounds.y1); y += STEP) grid2.push([Math.round(x), Math.round(y)]);
      }
      grid2.sort((a, b) => Math.hypot(a[0] - at[0], a[1] - at[1]) - Math.hypot(b[0] - at[0], b[1] - at[1]) || a[0] - b[0] || a[1] - b[1]);
      spot = grid2.find(fits);
    }
    if (!spot) { missed.push(p.id); continue; }
    const box = boxAt(spot);
    grid.add(box);
    labels.push({ id: p.id, text: p.name, lines, x: spot[0], y: r1(spot[1] - h / 2 + lineHeight / 2), lineHeight: r1(lineHeight), box });
  }
  return { labels, missed };
}
