/**
 * strike-map geometry for one artboard: a main map fitted to Afghanistan and Pakistan, and,
 * where the main map is too crowded to name every place, an enlarged detail of that area.
 * Labels are placed greedily (labels.ts); a name that finds no room becomes a number listed in
 * a key under the map. Pure: content-derived sites and a topology in, plain geometry out.
 */
import { geoBounds, geoConicEqualArea, geoContains, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry as GeoGeometry, Polygon } from 'geojson';
import { LAYOUTS, type ContentData, type Layout } from '../types.ts';
import { NEIGHBOURS, loadGlobe } from './geography.ts';
import { pathsFor, type Paths, type World } from './layers.ts';
import { tipFor, type Tip } from './tips.ts';
import { locatorFor, type Locator } from './locator.ts';
import { BoxGrid, LINE_CLEARANCE, capsWidth, inside, leaderLine, overlaps, placeLabels, textWidth, type Box, type PlacedText } from './labels.ts';
import { areaLabelsFor, provincesOf, type AreaLabel, type Province } from './provinces.ts';
import { EARTH_RADIUS_KM, MARK_KINDS, MARK_LABELS, byPriority, r1, type MarkKind, type SiteData } from './places.ts';

export interface Glyph { kind: MarkKind | 'reference'; x: number; y: number }


export interface Site {
  id: string;
  placeIds: string[];
  label: string;
  capital: boolean;
  province: boolean;
  reference: boolean;
  x: number;
  y: number;
  glyphs: Glyph[];
  /** The marker's box: no label covers another site's marker. */
  marker: Box;
  /** The name beside the marker; undefined when the site is numbered or named in the detail. */
  name?: PlacedText;
  /** Number in the key under the map, for a site whose name found no room. */
  keyNumber?: number;
  numberText?: PlacedText;
  /** A line from the marker to its name or number when that sits away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** Tooltip data, on the one marker per site that carries its label (and keyboard focus). */
  tip?: Tip;
}

export interface CountryLabel { text: string; x: number; y: number; major: boolean; box: Box }
export interface ScaleBar { x: number; y: number; length: number; km: number; label: string; box: Box }

export interface Panel {
  id: 'main' | 'detail';
  /** The panel's rectangle in artboard units; paths are clipped to it. */
  box: Box;
  paths: Paths;
  countryLabels: CountryLabel[];
  /** Names of the provinces the text names, in italics. */
  provinceLabels: AreaLabel[];
  sites: Site[];
  scaleBar: ScaleBar;
  /** Where the scale bar is true: the panel's centre (lon, lat). */
  centre: [number, number];
  /** Main panel: the outline of the area the detail enlarges. */
  detailOutline?: string;
  /** Detail panel: its heading, above it. */
  heading?: { text: string; x: number; y: number };
}

export interface LegendItem { kind: MarkKind | 'reference' | 'capital' | 'province' | 'durand' | 'loc' | 'detail'; text: string; x: number; y: number }
export interface KeyItem { n: number; text: string; x: number; y: number; box: Box }

export interface Geometry {
  narrow: boolean;
  fontSize: number;
  /** Half-size of a marker glyph. */
  glyphSize: number;
  panels: Panel[];
  legend: { box: Box; items: LegendItem[] };
  /** A small globe showing where the map is. */
  locator: Locator;
  key: { items: KeyItem[] };
}

interface Frame {
  width: number;
  main: Box;
  /**
   * Where the detail panel goes: its left, top and width; its height follows the area's shape,
   * but at least `minAspect` of its width (room above and below the places for names on leaders).
   */
  detail: { x0: number; y0: number; width: number; minAspect: number };
  /** The legend goes under the detail panel (or the main map) at this left edge and width. */
  legendX: number;
  fontSize: number;
  glyphSize: number;
  maxBar: number;
}

const FRAMES: Record<Layout, Frame> = {
  narrow: { width: LAYOUTS.narrow, main: { x0: 0, y0: 0, x1: 360, y1: 372 }, detail: { x0: 0, y0: 400, width: 360, minAspect: 0.45 }, legendX: 0, fontSize: 15, glyphSize: 5.5, maxBar: 100 },
  wide: { width: LAYOUTS.wide, main: { x0: 0, y0: 0, x1: 380, y1: 420 }, detail: { x0: 394, y0: 26, width: 326, minAspect: 0.8 }, legendX: 394, fontSize: 13.5, glyphSize: 5, maxBar: 110 },
};

export const DETAIL_HEADING = 'Enlarged area';
/** Radius of the locator globe. */
const GLOBE_R = 46;
/** The enlarged area holds the crowded places within this distance of the most crowded one. */
const CLUSTER_KM = 300;
/** Degrees added around the crowded places to make the detail's area. */
const DETAIL_MARGIN = 0.35;
const PAD = 8;
/** Room kept beside a country's name, so a place's name on the same line never reads as part of it. */
const COUNTRY_GAP = 8;
const widen = (b: Box, d: number): Box => ({ ...b, x0: b.x0 - d, x1: b.x1 + d });
const GLYPH_GAP = 1.5;

/** A lon/lat box as a GeoJSON polygon, edges densified so it stays a box after projection. */
export function lonLatBox(w: number, s: number, e: number, n: number): Polygon {
  const steps = 12;
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) ring.push([w, s + ((n - s) * i) / steps]);
  for (let i = 0; i < steps; i++) ring.push([w + ((e - w) * i) / steps, n]);
  for (let i = 0; i < steps; i++) ring.push([e, n - ((n - s) * i) / steps]);
  for (let i = 0; i < steps; i++) ring.push([e - ((e - w) * i) / steps, s]);
  ring.push([w, s]);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * Conic equal-area centred on the two countries, with standard parallels at a sixth and five
 * sixths of their latitude span, fitted to `object` inside `box` (with a margin) and clipped to it.
 */
export function projectionFor(both: FeatureCollection, box: Box, object: FeatureCollection | Polygon = both): GeoProjection {
  const [[w, s], [e, n]] = geoBounds(both);
  const span = n - s;
  return geoConicEqualArea()
    .rotate([-(w + e) / 2, 0])
    .parallels([s + span / 6, n - span / 6])
    .fitExtent([[box.x0 + PAD, box.y0 + PAD], [box.x1 - PAD, box.y1 - PAD]], object)
    .clipExtent([[box.x0, box.y0], [box.x1, box.y1]]);
}

/** Artboard units per kilometre along the parallel through `centre`. */
export function pxPerKm(projection: GeoProjection, centre: [number, number]): number {
  const d = 0.05;
  const a = projection([centre[0] - d, centre[1]])!;
  const b = projection([centre[0] + d, centre[1]])!;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / (geoDistance([centre[0] - d, centre[1]], [centre[0] + d, centre[1]]) * EARTH_RADIUS_KM);
}

/** The longest round distance whose bar fits in `maxPx`. */
export function scaleDistance(pxKm: number, maxPx: number): number {
  const nice = [1000, 500, 300, 250, 200, 150, 100, 50, 25, 20, 10, 5];
  return nice.find((km) => km * pxKm <= maxPx) ?? 5;
}

/** A leader from the edge of the marker box to the edge of a label box (labels.ts). */
export const leaderFor = (marker: Box, box: Box): Site['leader'] => leaderLine(marker, box);

function glyphsFor(kinds: MarkKind[], x: number, y: number, s: number): { glyphs: Glyph[]; marker: Box } {
  if (kinds.length === 0) {
    const r = s * 0.75 + 1;
    return { glyphs: [{ kind: 'reference', x: Math.round(x), y: Math.round(y) }], marker: { x0: x - r, y0: y - r, x1: x + r, y1: y + r } };
  }
  const step = 2 * s + GLYPH_GAP;
  const n = kinds.length;
  const glyphs = kinds.map((kind, i) => ({ kind, x: Math.round(x + (i - (n - 1) / 2) * step), y: Math.round(y) }));
  const half = ((n - 1) * step) / 2 + s + 1.5;
  return { glyphs, marker: { x0: x - half, y0: y - s - 1.5, x1: x + half, y1: y + s + 1.5 } };
}

interface Labelled { placed: Site[]; numbered: Site[]; unplaced: string[] }

/** Room kept around a number in the key: it must not read as part of a neighbouring name. */
const NUMBER_CLEAR = 5;
/** Rings (artboard units beyond the marker's edge) where a name may hang on a leader line. */
const LEADER_RADII = [8, 14, 22, 32, 44];

/**
 * Names the sites: first every name beside its marker (in priority order), then, for those with
 * no room there, the name further out on a leader line, and only then a number in the key (also
 * on a leader when away from its marker). If that order leaves a site with no room at all, the
 * sites are placed one at a time in priority order instead, each number at once so that
 * lower-priority names cannot take its room. Numbers are sized for one digit, or two if ten or
 * more names do not fit.
 */
function labelSites(toLabel: Site[], obstacles: Box[], bounds: Box, fs: number, where: string, lines: [number, number][][], strict = true, accept?: (site: Site, box: Box) => boolean, leaders = true): Labelled {
  const lineH = fs * 1.2;
  const place = (digits: number, byVariant: boolean) => placeLabels(
    toLabel.map((site) => ({
      id: site.id,
      marker: site.marker,
      height: lineH,
      variants: [
        { width: textWidth(site.label, fs, site.capital), gaps: [3, 9, 16] },
        { width: textWidth(site.label, fs, site.capital), gaps: [], radii: leaders ? LEADER_RADII : [], outward: true },
        { width: textWidth('9'.repeat(digits), fs, true), gaps: [2, 6, 10, 15, 21, 28], radii: [24, 32, 40, 50, 60, 72, 86, 100], clear: NUMBER_CLEAR },
      ],
      accept: accept && ((box: Box) => accept(site, box)),
    })),
    obstacles,
    bounds,
    1,
    lines,
    byVariant,
  );
  const best = (digits: number) => {
    const p = place(digits, true);
    return p.unplaced.length ? place(digits, false) : p;
  };
  let placement = best(1);
  for (let digits = 2; [...placement.placed.values()].filter((p) => p.variant === 2).length >= 10 ** (digits - 1); digits++) placement = best(digits);
  if (strict && placement.unplaced.length) throw new Error(`strike-map (${where}): no room for a name or a number: ${placement.unplaced.join(', ')}`);
  const numbered: Site[] = [];
  for (const site of toLabel) {
    const p = placement.placed.get(site.id);
    if (!p) continue;
    const text: PlacedText = { x: p.x, y: p.y, anchor: p.anchor, box: p.box };
    if (p.variant < 2) site.name = text;
    else {
      site.numberText = text;
      numbered.push(site);
    }
    site.leader = leaderFor(site.marker, p.box);
  }
  return { placed: toLabel.filter((site) => site.name), numbered, unplaced: placement.unplaced };
}

/** Country names inside their country, as near the visible centre as markers and labels allow. */
function countryLabelsFor(world: World, projection: GeoProjection, path: ReturnType<typeof geoPath>, bounds: Box, taken: BoxGrid, fs: number, majors: boolean): CountryLabel[] {
  const named: [Feature<GeoGeometry, { name: string }>, string, boolean][] = [
    [world.af, 'Afghanistan', true],
    [world.pk, 'Pakistan', true],
    ...world.countries.filter((f) => NEIGHBOURS[String(f.id)]).map((f): [Feature<GeoGeometry, { name: string }>, string, boolean] => [f, NEIGHBOURS[String(f.id)], false]),
  ];
  const labels: CountryLabel[] = [];
  for (const [f, name, major] of named.filter(([, , m]) => m === majors)) {
    const text = name.toUpperCase();
    const size = major ? fs + 1 : fs;
    const w = capsWidth(text, size, major ? 2 : 1, major);
    const h = size * 1.1;
    const c = path.centroid(f);
    if (!Number.isFinite(c[0])) continue; // not on this panel
    const b = path.bounds(f);
    const pts: [number, number][] = [];
    for (let x = Math.max(b[0][0], bounds.x0); x <= Math.min(b[1][0], bounds.x1); x += 5) {
      for (let y = Math.max(b[0][1], bounds.y0); y <= Math.min(b[1][1], bounds.y1); y += 5) pts.push([Math.round(x), Math.round(y)]);
    }
    pts.sort((p, q) => Math.hypot(p[0] - c[0], p[1] - c[1]) - Math.hypot(q[0] - c[0], q[1] - c[1]) || p[0] - q[0] || p[1] - q[1]);
    const isIn = (x: number, y: number) => {
      const ll = projection.invert!([x, y]);
      return ll ? geoContains(f, ll) : false;
    };
    const spot = pts.find(([x, y]) => {
      const box: Box = { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
      return inside(box, bounds) && !taken.hits(box, 2) && isIn(x, y) && isIn(box.x0, y) && isIn(box.x1, y);
    });
    if (!spot) continue; // too little of the country shows to hold its name
    const box: Box = { x0: spot[0] - w / 2, y0: spot[1] - h / 2, x1: spot[0] + w / 2, y1: spot[1] + h / 2 };
    taken.add(box);
    labels.push({ text, x: r1(spot[0]), y: r1(spot[1]), major, box });
  }
  return labels;
}

/** A scale bar in the first bottom corner of the panel clear of markers and `avoid`. */
function scaleBarFor(projection: GeoProjection, box: Box, markers: Box[], avoid: Box[], lines: [number, number][], fs: number, maxBar: number): { bar: ScaleBar; centre: [number, number] } {
  const centre = projection.invert?.([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]);
  if (!centre) throw new Error('strike-map: the panel\'s projection has no point at its centre');
  const pxKm = pxPerKm(projection, centre);
  const km = scaleDistance(pxKm, maxBar);
  const length = r1(km * pxKm);
  const label = `${km} km`;
  const lineH = fs * 1.2;
  const barY = box.y1 - PAD - 2;
  const boxAt = (x: number): Box => ({ x0: x - 3, y0: barY - 6 - lineH, x1: x + Math.max(length, textWidth(label, fs)) + 3, y1: barY + 3 });
  const xs = [box.x0 + PAD + 2, box.x1 - PAD - 2 - Math.max(length, textWidth(label, fs))];
  const clear = (b: Box) => !markers.some((m) => overlaps(b, m, 3)) && !avoid.some((a) => overlaps(b, a, 3)) && !lines.some(([x, y]) => x > b.x0 - 4 && x < b.x1 + 4 && y > b.y0 - 4 && y < b.y1 + 4);
  const x = xs.find((x) => clear(boxAt(x))) ?? xs.find((x) => clear({ ...boxAt(x), y0: boxAt(x).y1 })) ?? xs[0];
  return { bar: { x: r1(x), y: r1(barY), length, km, label, box: boxAt(x) }, centre };
}

/**
 * Whether a label box sits on the same side of the Afghanistan–Pakistan border as its place: a
 * reader must not find a Pakistani town's name in Afghanistan. (Labels never cross the border,
 * so the box's centre decides.)
 */
function sameSideAs(world: World, projection: GeoProjection, sitesData: SiteData[]): (site: Site, box: Box) => boolean {
  const countryOf = new Map(sitesData.map((sd) => [sd.id, sd.places[0].place.country]));
  return (site, box) => {
    const country = countryOf.get(site.id);
    const shape = country === 'AF' ? world.af : country === 'PK' ? world.pk : undefined;
    if (!shape) return true;
    const ll = projection.invert!([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]);
    return Boolean(ll && geoContains(shape, ll));
  };
}

interface PanelPlan {
  id: Panel['id'];
  box: Box;
  projection: GeoProjection;
  /** Sites drawn in this panel, and which of them this panel names. */
  sites: SiteData[];
  names: (sd: SiteData) => boolean;
}

/** The panel's sites, each marker placed; `tip` gives the sites that carry a tooltip theirs. */
function sitesFor(plan: PanelPlan, s: number, tip: (sd: SiteData) => Tip | undefined): Site[] {
  return [...plan.sites].sort(byPriority).map((sd) => {
    const [x, y] = plan.projection([sd.lon, sd.lat])!.map(Math.round);
    const { glyphs, marker } = glyphsFor(sd.kinds, x, y, s);
    return {
      id: sd.id,
      placeIds: sd.places.map((p) => p.place.id),
      label: sd.label,
      capital: sd.capital,
      province: sd.province,
      reference: sd.reference,
      x: r1(x),
      y: r1(y),
      glyphs,
      marker,
      tip: tip(sd),
    };
  });
}

/**
 * The area to enlarge: the places the main map of the narrow artboard cannot name beside their
 * markers (names on leader lines do not count: a crowd is enlarged, not strung out), with a
 * margin; undefined when it can name them all.
 */
export function crowdedArea(sitesData: SiteData[], world: World): Polygon | undefined {
  const frame = FRAMES.narrow;
  const projection = projectionFor(world.both, frame.main);
  const sites = sitesFor({ id: 'main', box: frame.main, projection, sites: sitesData, names: () => true }, frame.glyphSize, () => undefined);
  const bounds = { x0: frame.main.x0 + 4, y0: frame.main.y0 + 4, x1: frame.main.x1 - 4, y1: frame.main.y1 - 4 };
  const { durand } = pathsFor(world, projection, frame.main, false);
  const { numbered, unplaced } = labelSites(sites, sites.map((x) => x.marker), bounds, frame.fontSize, 'crowding test', durand, false, sameSideAs(world, projection, sitesData), false);
  const crowdedIds = [...numbered.map((n) => n.id), ...unplaced];
  if (!crowdedIds.length) return undefined;
  // the densest cluster of places that could not be named: a few stragglers elsewhere are numbered
  const all = sitesData.filter((sd) => crowdedIds.includes(sd.id));
  const km = (a: SiteData, b: SiteData) => geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
  const centre = [...all].sort((a, b) => all.filter((x) => km(b, x) < CLUSTER_KM).length - all.filter((x) => km(a, x) < CLUSTER_KM).length || a.id.localeCompare(b.id))[0];
  const crowded = all.filter((sd) => km(centre, sd) < CLUSTER_KM);
  const lons = crowded.map((sd) => sd.lon);
  const lats = crowded.map((sd) => sd.lat);
  return lonLatBox(Math.min(...lons) - DETAIL_MARGIN, Math.min(...lats) - DETAIL_MARGIN, Math.max(...lons) + DETAIL_MARGIN, Math.max(...lats) + DETAIL_MARGIN);
}

export function layoutFor(layout: Layout, sitesData: SiteData[], world: World, data: ContentData, area: Polygon | undefined): Geometry & { width: number; height: number } {
  const frame = FRAMES[layout];
  const { fontSize: fs, glyphSize: s } = frame;
  const lineH = fs * 1.2;
  const inset = (b: Box, d: number): Box => ({ x0: b.x0 + d, y0: b.y0 + d, x1: b.x1 - d, y1: b.y1 - d });

  // Detail panel: its height follows the area's shape (within limits).
  const mainProjection = projectionFor(world.both, frame.main);
  let detailPlan: PanelPlan | undefined;
  if (area) {
    const probe = projectionFor(world.both, { x0: 0, y0: 0, x1: 1000, y1: 1000 }, area);
    const [[ax0, ay0], [ax1, ay1]] = geoPath(probe).bounds(area);
    const aspect = Math.min(1, Math.max(frame.detail.minAspect, (ay1 - ay0) / (ax1 - ax0)));
    const { x0, y0, width } = frame.detail;
    const box: Box = { x0, y0, x1: x0 + width, y1: r1(y0 + width * aspect) };
    const projection = projectionFor(world.both, box, area);
    const shown = (sd: SiteData) => {
      const [x, y] = projection([sd.lon, sd.lat]) ?? [NaN, NaN];
      return x >= box.x0 + s + 4 && x <= box.x1 - s - 4 && y >= box.y0 + s + 4 && y <= box.y1 - s - 4;
    };
    detailPlan = { id: 'detail', box, projection, sites: sitesData.filter(shown), names: () => true };
  }
  const inDetail = (sd: SiteData) => Boolean(detailPlan?.sites.includes(sd));
  // a province marked as a place (an event across it) is named at its marker, in italics
  const provinces = provincesOf(data).filter((p) => !sitesData.some((sd) => sd.places.some((x) => x.place.id === p.id)));
  const inDetailArea = (p: Province) => {
    const at = detailPlan?.projection([p.lon, p.lat]);
    return Boolean(at && detailPlan && inside({ x0: at[0], y0: at[1], x1: at[0], y1: at[1] }, inset(detailPlan.box, 10)));
  };
  const mainPlan: PanelPlan = { id: 'main', box: frame.main, projection: mainProjection, sites: sitesData, names: (sd) => !inDetail(sd) || sd.capital };
  const plans = [mainPlan, ...(detailPlan ? [detailPlan] : [])];

  // Legend, under the detail (or the main map, if there is no detail) at the frame's legend column.
  const kindsShown = MARK_KINDS.filter((k) => sitesData.some((sd) => sd.kinds.includes(k)));
  const entries: Omit<LegendItem, 'x' | 'y'>[] = [
    ...kindsShown.map((kind) => ({ kind, text: MARK_LABELS[kind] })),
    ...(sitesData.some((sd) => sd.reference) ? [{ kind: 'reference' as const, text: 'City shown for orientation' }] : []),
    ...(sitesData.some((sd) => sd.capital) ? [{ kind: 'capital' as const, text: 'Bold name: capital' }] : []),
    ...(provincesOf(data).length || sitesData.some((sd) => sd.province) ? [{ kind: 'province' as const, text: 'Italic name, thin line: province' }] : []),
    { kind: 'durand' as const, text: 'Afghanistan–Pakistan border' },
    { kind: 'loc' as const, text: 'Line of Control (Kashmir)' },
    ...(detailPlan ? [{ kind: 'detail' as const, text: 'Area enlarged' }] : []),
  ];
  const rowH = fs + 9;
  const legendTop = (detailPlan ? detailPlan.box.y1 : layout === 'wide' ? frame.detail.y0 - 20 : frame.main.y1) + 14;
  const legendW = 28 + Math.max(...entries.map((e) => textWidth(e.text, fs, e.kind === 'capital')));
  const legendBox: Box = { x0: frame.legendX, y0: legendTop, x1: frame.legendX + legendW, y1: legendTop + entries.length * rowH };
  const legendItems: LegendItem[] = entries.map((e, i) => ({ ...e, x: frame.legendX, y: r1(legendTop + rowH * (i + 0.5)) }));
  // the locator globe beside the legend, right-aligned
  const globeR = Math.min(GLOBE_R, (frame.width - legendBox.x1 - 12) / 2);
  const locator = locatorFor(loadGlobe(), frame.width - 2 * globeR - 2, legendTop + 2, globeR);

  // Province boundaries: of the provinces the map's places lie in, and those it names
  const namedProvinces = new Set([...sitesData.flatMap((sd) => sd.places.map((p) => p.place.admin1)), ...provincesOf(data).map((p) => p.admin1)].filter((c): c is string => Boolean(c)));

  // Panels: markers, scale bar, names (numbers where names do not fit), country names.
  const numbered: Site[] = [];
  const panels: Panel[] = plans.map((plan) => {
    const { paths, path, borderPoints, durand } = pathsFor(world, plan.projection, plan.box, plan.id === 'detail', namedProvinces);
    const focus = (sd: SiteData) => (plan.id === 'detail' ? true : !inDetail(sd));
    const sites = sitesFor(plan, s, (sd) => (focus(sd) ? tipFor(sd, data) : undefined));
    const outside = sites.filter((site) => !inside(site.marker, plan.box));
    if (outside.length) throw new Error(`strike-map (${layout}): places outside the map: ${outside.map((o) => o.id).join(', ')}`);
    const markers = sites.map((site) => site.marker);
    const detailBox = plan.id === 'main' && detailPlan ? outlineOf(detailPlan, plan.projection) : undefined;
    const { bar, centre } = scaleBarFor(plan.projection, plan.box, markers, detailBox ? [detailBox.box] : [], borderPoints, fs, frame.maxBar);
    const bounds = inset(plan.box, 4);
    const toLabel = sites.filter((site) => plan.names(sitesData.find((sd) => sd.id === site.id)!));
    // province names first (they must stay near their point); place names then find room around them
    const taken = new BoxGrid();
    for (const b of [...markers, bar.box]) taken.add(b);
    for (const line of durand) taken.addLine(line, LINE_CLEARANCE);
    const mine = provinces.filter((p) => (plan.id === 'detail') === Boolean(detailPlan && inDetailArea(p)));
    const shapeOf = (p: Province) => (p.admin1 ? world.provinces.get(p.admin1) : undefined) ?? (p.country === 'AF' ? world.af : p.country === 'PK' ? world.pk : undefined);
    const { labels: provinceLabels } = areaLabelsFor(mine, plan.projection, bounds, taken, fs, shapeOf);
    // the two countries' names before the places' (a reader must see which side of the border a
    // place is on); the neighbours' after them, where room is left
    const majors = countryLabelsFor(world, plan.projection, path, bounds, taken, fs, true);
    const labelled = labelSites(toLabel, [...markers, bar.box, ...provinceLabels.map((l) => l.box), ...majors.map((c) => widen(c.box, COUNTRY_GAP))], bounds, fs, `${layout} ${plan.id}`, durand, true, sameSideAs(world, plan.projection, plan.sites));
    numbered.push(...labelled.numbered.sort((a, b) => a.x - b.x || a.y - b.y));
    for (const b of sites.flatMap((site) => [site.name?.box, site.numberText?.box].filter((b): b is Box => Boolean(b)))) taken.add(b);
    const countryLabels = [...majors, ...countryLabelsFor(world, plan.projection, path, bounds, taken, fs, false)];
    return {
      id: plan.id,
      box: plan.box,
      paths,
      countryLabels,
      provinceLabels,
      sites,
      scaleBar: bar,
      centre,
      detailOutline: detailBox?.d,
      heading: plan.id === 'detail' ? { text: DETAIL_HEADING, x: plan.box.x0, y: r1(plan.box.y0 - 6 - lineH / 2) } : undefined,
    };
  });
  numbered.forEach((site, i) => { site.keyNumber = i + 1; });
  for (const site of numbered) {
    const w = textWidth(String(site.keyNumber), fs, true);
    const t = site.numberText!;
    const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    t.box = { x0, y0: t.box.y0, x1: x0 + w, y1: t.box.y1 };
  }

  // Key of numbered places, under everything else.
  const keyTop = Math.max(legendBox.y1, locator.box.y1, ...panels.map((p) => p.box.y1)) + 14;
  const keyTexts = numbered.map((site) => ({ n: site.keyNumber!, text: site.label }));
  const colW = Math.max(0, ...keyTexts.map((k) => textWidth(`${k.n}`, fs, true) + 8 + textWidth(k.text, fs))) + 18;
  const cols = Math.max(1, Math.floor(frame.width / colW));
  const keyItems: KeyItem[] = keyTexts.map((k, i) => {
    const x = (i % cols) * colW;
    const y = keyTop + Math.floor(i / cols) * (lineH + 4) + lineH / 2;
    return { ...k, x: r1(x), y: r1(y), box: { x0: x, y0: y - lineH / 2, x1: x + colW - 18, y1: y + lineH / 2 } };
  });
  const bottom = Math.max(legendBox.y1, locator.box.y1, ...panels.map((p) => p.box.y1), ...keyItems.map((k) => k.box.y1));

  return {
    narrow: layout === 'narrow',
    fontSize: fs,
    glyphSize: s,
    panels,
    legend: { box: legendBox, items: legendItems },
    locator,
    key: { items: keyItems },
    width: frame.width,
    height: Math.ceil(bottom + 4),
  };
}

/** The detail panel's visible area, outlined on the main map (path and bounding box). */
function outlineOf(detail: PanelPlan, main: GeoProjection): { d: string; box: Box } {
  const { x0, y0, x1, y1 } = detail.box;
  const steps = 12;
  const pts: [number, number][] = [];
  for (let i = 0; i < steps; i++) pts.push([x0 + ((x1 - x0) * i) / steps, y0]);
  for (let i = 0; i < steps; i++) pts.push([x1, y0 + ((y1 - y0) * i) / steps]);
  for (let i = 0; i < steps; i++) pts.push([x1 - ((x1 - x0) * i) / steps, y1]);
  for (let i = 0; i < steps; i++) pts.push([x0, y1 - ((y1 - y0) * i) / steps]);
  const projected = pts.map((p) => main(detail.projection.invert!(p)!)!);
  const xs = projected.map((p) => p[0]);
  const ys = projected.map((p) => p[1]);
  return {
    d: `M${projected.map((p) => `${r1(p[0])},${r1(p[1])}`).join('L')}Z`,
    box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
  };
}

/**
 * The outline of a marker glyph of half-size `s`, centred on 0,0: a burst for air strikes, a
 * cross for ground clashes, a triangle for militant attacks, a barred disc (no entry) for a
 * closed crossing. Shapes differ, so the legend reads without colour.
 */
export function glyphPath(kind: Glyph['kind'], s: number): string {
  const f = (n: number) => r1(n);
  if (kind === 'air-strike') {
    const pts = Array.from({ length: 16 }, (_, i) => {
      const r = i % 2 === 0 ? s * 1.35 : s * 0.7;
      const a = (Math.PI * i) / 8 - Math.PI / 2;
      return `${f(r * Math.cos(a))},${f(r * Math.sin(a))}`;
    });
    return `M${pts.join('L')}Z`;
  }
  if (kind === 'ground-clash') return `M${f(-s * 0.85)},${f(-s * 0.85)}L${f(s * 0.85)},${f(s * 0.85)}M${f(-s * 0.85)},${f(s * 0.85)}L${f(s * 0.85)},${f(-s * 0.85)}`;
  if (kind === 'militant-attack') return `M0,${f(-s * 1.15)}L${f(s * 1.1)},${f(s * 0.85)}L${f(-s * 1.1)},${f(s * 0.85)}Z`;
  // border (disc; the bar is drawn over it) and reference (small ring)
  const r = kind === 'reference' ? s * 0.7 : s * 1.05;
  return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
}

export { LOC_SOUTH, worldOf, type Paths } from './layers.ts';
