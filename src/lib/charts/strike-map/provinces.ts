/**
 * strike-map province names: the provinces the text names (places with a `labelAt` point), written
 * in italics inside their province, near that point, clear of markers, other text and the border.
 * The atlas has no province boundaries, so a name stays close to its point (or is left off that
 * panel) rather than drift into a neighbouring province.
 */
import { geoContains, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry as GeoGeometry } from 'geojson';
import { wrap } from '../../viz/text.ts';
import type { ContentData } from '../types.ts';
import { BoxGrid, inside, textWidth, type Box } from './labels.ts';
import { r1 } from './places.ts';

export interface Province { id: string; name: string; country: string; lon: number; lat: number }
export interface AreaLabel { id: string; text: string; lines: string[]; x: number; y: number; lineHeight: number; box: Box }

/** How far (artboard units) a name may sit from its point. */
export const MAX_SHIFT = 30;
/** Names wider than this go on two lines. */
const WRAP_AT = 100;

export function provincesOf(data: ContentData): Province[] {
  return data.places
    .filter((p) => p.labelAt)
    .map((p) => ({ id: p.id, name: p.name.replace(/ province$/, ''), country: p.country, lon: p.labelAt!.lon, lat: p.labelAt!.lat }));
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

/**
 * Names for `provinces` in one panel. `grid` holds everything a name must not touch (markers,
 * other text, border lines); each placed name is added to it.
 */
export function areaLabelsFor(provinces: Province[], projection: GeoProjection, bounds: Box, grid: BoxGrid, fs: number, countryOf: (code: string) => Feature<GeoGeometry> | undefined): { labels: AreaLabel[]; missed: string[] } {
  const labels: AreaLabel[] = [];
  const missed: string[] = [];
  const lineHeight = fs * 1.15;
  for (const p of provinces) {
    const at = projection([p.lon, p.lat]);
    const country = countryOf(p.country);
    if (!at || !country) { missed.push(p.id); continue; }
    const lines = textWidth(p.name, fs) > WRAP_AT ? wrap(p.name, WRAP_AT, fs) : [p.name];
    const w = Math.max(...lines.map((l) => textWidth(l, fs))) + 2;
    const h = lines.length * lineHeight;
    const within = (x: number, y: number) => {
      const ll = projection.invert!([x, y]);
      return ll ? geoContains(country, ll) : false;
    };
    const spot = around(at[0], at[1]).find(([x, y]) => {
      const box = { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
      return inside(box, bounds) && !grid.hits(box, 2) && [[x, y], [box.x0, box.y0], [box.x1, box.y0], [box.x0, box.y1], [box.x1, box.y1]].every(([a, b]) => within(a, b));
    });
    if (!spot) { missed.push(p.id); continue; }
    const box = { x0: spot[0] - w / 2, y0: spot[1] - h / 2, x1: spot[0] + w / 2, y1: spot[1] + h / 2 };
    grid.add(box);
    labels.push({ id: p.id, text: p.name, lines, x: spot[0], y: r1(spot[1] - h / 2 + lineHeight / 2), lineHeight: r1(lineHeight), box });
  }
  return { labels, missed };
}
