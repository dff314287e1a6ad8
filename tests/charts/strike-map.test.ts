import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import { loadStrikeMap } from '../helpers/strike-map.ts';
import { compute } from '../../src/lib/charts/strike-map/compute.ts';
import { loadCountries } from '../../src/lib/charts/strike-map/geography.ts';
import { candidates, overlaps, placeLabels, textWidth, type Box } from '../../src/lib/charts/strike-map/labels.ts';
import { crowdedArea, glyphPath, projectionFor, worldOf, type Geometry, type Panel } from '../../src/lib/charts/strike-map/layout.ts';
import { CARRIED_OVER, EARTH_RADIUS_KM, SCOPE_START, groupSites, inScope, selectPlaces } from '../../src/lib/charts/strike-map/places.ts';
import type { ChartModel, ContentData } from '../../src/lib/charts/types.ts';

let data: ContentData;
let model: ChartModel<Geometry>;
beforeAll(async () => {
  ({ data, model } = await loadStrikeMap());
});

type Event = ContentData['events'][number];
type Place = ContentData['places'][number];
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const place = (id: string, lon: number, lat: number, kind = 'city', country = 'PK') =>
  ({ id, name: id.charAt(0).toUpperCase() + id.slice(1), country, kind, lat, lon }) as unknown as Place;
const event = (id: string, date: string, kind: string, places: string[]) =>
  ({ id, date, kind, title: `Event ${id}`, summary: 'A made-up event for a test.', places: places.map((p) => ref('places', p)), actors: [], sources: [ref('sources', 'src-001')], facts: [], dateApproximate: false }) as unknown as Event;
/** The project's sources and figures with made-up places and events. */
const madeUp = (places: Place[], events: Event[]): ContentData => ({ ...data, places, events });

const layouts = () => Object.entries(model.layouts) as [string, ChartModel<Geometry>['layouts']['wide']][];
const fontOf = (name: string) => (name === 'narrow' ? 15 : 13.5);
const textBoxes = (panel: Panel) =>
  panel.sites.flatMap((s) => [s.name && { what: s.label, box: s.name.box }, s.numberText && { what: `#${s.keyNumber}`, box: s.numberText.box }].filter((x): x is { what: string; box: Box } => Boolean(x)));
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;

describe('what strike-map plots', () => {
  test('every plotted place comes from an event of the 2026 escalation, or is a capital or city shown for orientation', () => {
    const { plotted } = selectPlaces(data);
    const eventPlaces = new Set(data.events.filter(inScope).flatMap((e) => e.places.map((p) => p.id)));
    for (const p of plotted) {
      if (p.reference) {
        expect(['capital', 'city'], p.place.id).toContain(p.place.kind);
        expect(['AF', 'PK'], p.place.id).toContain(p.place.country);
        expect(eventPlaces.has(p.place.id), p.place.id).toBe(false);
      } else {
        expect(eventPlaces.has(p.place.id), p.place.id).toBe(true);
        for (const e of p.events) expect(e.date >= SCOPE_START || CARRIED_OVER.includes(e.id), e.id).toBe(true);
      }
    }
    // nothing named by an in-scope event is left out
    expect([...eventPlaces].sort()).toEqual(plotted.filter((p) => !p.reference).map((p) => p.place.id).sort());
  });

  test('the October 2025 fighting is left out; only the border closure that ran into 2026 is carried over', () => {
    const { events } = selectPlaces(data);
    const early = events.filter((e) => e.date < SCOPE_START).map((e) => e.id);
    expect(early).toEqual(CARRIED_OVER.filter((id) => data.events.some((e) => e.id === id)));
    expect(events.map((e) => e.id)).not.toContain('2025-10-09-explosions-in-kabul');
    expect(data.figures.some((f) => f.id === 'torkham-closure-duration-2026-01')).toBe(true);
  });

  test('events that name no place are listed in the notes, not dropped silently', () => {
    const { unlocated } = selectPlaces(data);
    for (const e of unlocated) expect(model.notes.join(' ')).toContain(e.title);
  });

  test('places less than 10 km apart share one marker, named after the most specific', () => {
    const sites = groupSites(selectPlaces(data).plotted);
    const nangarhar = sites.find((s) => s.places.some((p) => p.place.id === 'nangarhar'))!;
    expect(nangarhar.label).toBe('Bihsud, Nangarhar');
    expect(nangarhar.places.map((p) => p.place.id)).toEqual(['bihsud', 'nangarhar']);
    for (const a of sites) for (const b of sites) {
      if (a !== b) expect(geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM, `${a.id}–${b.id}`).toBeGreaterThanOrEqual(10);
    }
  });

  test('the table has one row per plotted place and the source line exactly the sources of their events', () => {
    const { plotted } = selectPlaces(data);
    expect(model.table.rows.map((r) => r[0])).toEqual(plotted.map((p) => p.place.name));
    const ids = new Set(plotted.flatMap((p) => p.events.flatMap((e) => e.sources.map((s) => s.id))));
    expect(model.sources.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(model.table.rows.flatMap((r) => r[model.table.columns.indexOf('Sources')].split(', ').filter(Boolean)).every((id) => ids.has(id))).toBe(true);
  });

  test('the summary is generated from the data: counts, kinds and the cities struck', () => {
    const { plotted } = selectPlaces(data);
    const n = plotted.filter((p) => !p.reference).length;
    expect(model.summary).toMatch(/^Between \d+ [A-Z][a-z]+ and \d+ [A-Z][a-z]+ 2026, the sources report air strikes or drone attacks at /);
    expect(model.summary).toContain(`In all, the map marks ${n} places`);
    expect(model.summary).toContain('including Kabul and Kandahar');
    expect(model.summary).toContain('militant attacks at three places, all in Pakistan (Islamabad, Bajaur and Bannu)');
    expect(model.summary.split('. ').length).toBeLessThanOrEqual(2);
  });
});

describe('strike-map geometry on the project content', () => {
  test('the projection keeps every place inside its panel, and every place is on the main map', () => {
    const sites = groupSites(selectPlaces(data).plotted);
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        expect(inside(panel.box, { x0: 0, y0: 0, x1: g.width, y1: g.height }), `${name} ${panel.id}`).toBe(true);
        for (const s of panel.sites) expect(inside(s.marker, panel.box), `${name} ${panel.id} ${s.id}`).toBe(true);
      }
      expect(g.panels[0].sites.map((s) => s.id).sort()).toEqual(sites.map((s) => s.id).sort());
    }
  });

  test('labels never overlap each other, any marker but their own, the scale bar or the panel edge (text measured with the kit font metrics)', () => {
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        const texts = [...textBoxes(panel), ...panel.countryLabels.map((c) => ({ what: c.text, box: c.box })), { what: 'scale', box: panel.scaleBar.box }];
        for (const [i, a] of texts.entries()) {
          expect(inside(a.box, panel.box), `${name} ${panel.id}: ${a.what} inside`).toBe(true);
          for (const b of texts.slice(i + 1)) expect(overlaps(a.box, b.box), `${name} ${panel.id}: ${a.what} / ${b.what}`).toBe(false);
        }
        for (const s of panel.sites) {
          for (const t of textBoxes(panel).filter((t) => t.what !== s.label && t.what !== `#${s.keyNumber}`)) {
            expect(overlaps(t.box, s.marker), `${name} ${panel.id}: ${t.what} covers ${s.id}`).toBe(false);
          }
        }
        // the boxes were measured at the artboard's font size
        for (const s of panel.sites.filter((x) => x.name)) {
          expect(s.name!.box.x1 - s.name!.box.x0).toBeCloseTo(textWidth(s.label, fontOf(name), s.capital), 5);
        }
      }
    }
  });

  test('every place is named once where it is labelled: beside its marker or as a number in the key', () => {
    for (const [name, g] of layouts()) {
      const labelled = g.panels.flatMap((p) => p.sites.filter((s) => s.name || s.numberText));
      const all = new Set(g.panels[0].sites.map((s) => s.id));
      expect(new Set(labelled.map((s) => s.id)), name).toEqual(all);
      // in number order: a place's position in the site list need not follow its number
      const numbered = labelled.filter((s) => s.keyNumber).sort((a, b) => a.keyNumber! - b.keyNumber!);
      expect(g.key.items.map((k) => k.text)).toEqual(numbered.map((s) => s.label));
      expect(g.key.items.map((k) => k.n)).toEqual(numbered.map((_, i) => i + 1));
    }
  });

  test('each place with events has one focusable mark with its tooltip data, in the panel that names it', () => {
    for (const [name, g] of layouts()) {
      const tips = g.panels.flatMap((p) => p.sites.filter((s) => s.tip));
      const withEvents = g.panels[0].sites.filter((s) => !s.reference);
      expect(tips.map((s) => s.id).sort(), name).toEqual(withEvents.map((s) => s.id).sort());
      for (const s of tips) {
        expect(s.name || s.numberText, `${name} ${s.id}`).toBeTruthy();
        expect(s.tip!.aria).toContain(s.label);
        expect(s.tip!.source.length).toBeGreaterThan(0);
      }
    }
  });

  test('the scale bar shows a round distance, true at the centre of its panel (checked with d3.geoDistance)', () => {
    const world = worldOf(loadCountries());
    const area = crowdedArea(groupSites(selectPlaces(data).plotted), world);
    for (const [name, g] of layouts()) {
      for (const panel of g.panels) {
        const projection = panel.id === 'main' ? projectionFor(world.both, panel.box) : projectionFor(world.both, panel.box, area!);
        expect([5, 10, 20, 25, 50, 100, 150, 200, 250, 300, 500, 1000]).toContain(panel.scaleBar.km);
        expect(panel.scaleBar.label).toBe(`${panel.scaleBar.km} km`);
        const [cx, cy] = projection(panel.centre)!;
        expect(cx).toBeCloseTo((panel.box.x0 + panel.box.x1) / 2, 1);
        expect(cy).toBeCloseTo((panel.box.y0 + panel.box.y1) / 2, 1);
        const half = panel.scaleBar.length / 2;
        const km = geoDistance(projection.invert!([cx - half, cy])!, projection.invert!([cx + half, cy])!) * EARTH_RADIUS_KM;
        expect(Math.abs(km - panel.scaleBar.km) / panel.scaleBar.km, `${name} ${panel.id}: ${km} km`).toBeLessThan(0.01);
      }
    }
  });

  test('the Afghanistan–Pakistan border is drawn on its own, and both countries and the main neighbours are named', () => {
    for (const [name, g] of layouts()) {
      const main = g.panels[0];
      expect(main.paths.durand.length, name).toBeGreaterThan(100);
      const names = main.countryLabels.map((c) => c.text);
      for (const n of ['AFGHANISTAN', 'PAKISTAN', 'IRAN', 'INDIA', 'TAJIKISTAN', 'CHINA']) expect(names, name).toContain(n);
    }
  });

  test('the SVG stays small: paths simplified and rounded to one decimal', () => {
    for (const [name, g] of layouts()) {
      const paths = g.panels.flatMap((p) => Object.values(p.paths));
      expect(paths.join('').length, name).toBeLessThan(40_000);
      expect(paths.join(' ')).not.toMatch(/\d\.\d{2}/);
    }
  });
});

describe('strike-map labels on made-up inputs', () => {
  test('placeLabels tries the right, then the left, then above; a label with no room is reported unplaced', () => {
    const marker = (x: number, y: number): Box => ({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
    const a = marker(50, 50);
    const b = marker(51, 50);
    const bounds = { x0: 0, y0: 0, x1: 100, y1: 100 };
    const req = (id: string, m: Box, width: number) => ({ id, marker: m, height: 14, variants: [{ width, gaps: [3] }] });
    const { placed, unplaced } = placeLabels([req('a', a, 30), req('b', b, 30), req('c', marker(95, 95), 200)], [a, b], bounds);
    expect(placed.get('a')!.anchor).toBe('start');
    expect(placed.get('b')!.box.x1).toBeLessThanOrEqual(a.x0); // the right side is taken: b goes left of both markers
    expect(unplaced).toEqual(['c']);
    expect(overlaps(placed.get('a')!.box, placed.get('b')!.box)).toBe(false);
    expect(candidates(a, 10, 10, 3)).toHaveLength(8);
  });

  test('a crowd of places too close to name gets numbers and a key, and nothing is dropped', () => {
    const names = Array.from({ length: 24 }, (_, i) => `crowded-place-number-${i + 1}`);
    const places = names.map((n, i) => place(n, 71.5 + (i % 6) * 0.012, 34.0 + Math.floor(i / 6) * 0.012));
    const events = [event('2026-02-27-made-up', '2026-02-27', 'air-strike', names)];
    // places within a few kilometres of each other share one marker: nothing to collide
    const merged = compute(madeUp(places, events));
    expect(merged.layouts.wide.panels[0].sites).toHaveLength(1);
    // spread 12 km apart they stay separate and crowd each other
    const spread = names.map((n, i) => place(n, 71.5 + (i % 6) * 0.13, 34.0 + Math.floor(i / 6) * 0.11));
    const crowded = compute(madeUp(spread, events));
    for (const g of Object.values(crowded.layouts)) {
      const labelled = g.panels.flatMap((p) => p.sites.filter((s) => s.name || s.numberText));
      expect(new Set(labelled.map((s) => s.id))).toEqual(new Set(names));
      expect(g.key.items.map((k) => k.text).sort()).toEqual(labelled.filter((s) => s.keyNumber).map((s) => s.label).sort());
      for (const p of g.panels) {
        const boxes = textBoxes(p);
        for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.what}/${b.what}`).toBe(false);
      }
    }
    expect(crowded.layouts.narrow.key.items.length).toBeGreaterThan(0);
    expect(crowded.table.rows).toHaveLength(names.length);
  });

  test('a key entry wider than the artboard (long names sharing a marker) wraps inside it, each line measured with the kit', () => {
    // pairs of places 3 km apart share a marker, named after both: labels of about 70 characters
    const long = (i: number, j: number) => `an-uncommonly-long-place-name-${i}-${j}-of-the-border-areas`;
    const places = Array.from({ length: 12 }, (_, i) => [0, 1].map((j) => ({ ...place(long(i, j), 71.5 + (i % 4) * 0.09 + j * 0.03, 34.0 + Math.floor(i / 4) * 0.08), name: long(i, j).replace(/-/g, ' ') }))).flat();
    const crowded = compute(madeUp(places, [event('2026-02-27-made-up', '2026-02-27', 'air-strike', places.map((p) => p.id))]));
    let keyed = 0;
    for (const [name, g] of Object.entries(crowded.layouts)) {
      for (const k of g.key.items) {
        keyed++;
        const lines = (k as { lines?: string[] }).lines ?? [k.text];
        expect(lines.join(' '), `${name}: the key keeps the whole name`).toBe(k.text);
        for (const [i, l] of lines.entries()) {
          const x0 = i === 0 ? k.x + textWidth(`${k.n} `, fontOf(name), true) : k.x + ((k as { indent?: number }).indent ?? 0);
          expect(x0 + textWidth(l, fontOf(name)), `${name}: "${l}" inside the ${(g as { width: number }).width}-unit artboard`).toBeLessThanOrEqual((g as { width: number }).width + 0.5);
        }
      }
    }
    expect(keyed).toBeGreaterThan(0);
  });

  test('a place outside the map is an error, not a silently missing marker', () => {
    const places = [place('doha', 51.53, 25.29, 'capital', 'QA')];
    expect(() => compute(madeUp(places, [event('2026-03-01-made-up', '2026-03-01', 'air-strike', ['doha'])]))).toThrow(/outside the map: doha/);
  });

  test('every glyph is a closed or stroked shape of its own', () => {
    const shapes = (['air-strike', 'ground-clash', 'militant-attack', 'border', 'reference'] as const).map((k) => glyphPath(k, 5));
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

describe('strike-map colours', () => {
  const css = readFileSync('src/styles/charts/strike-map.css', 'utf8');
  const global = readFileSync('src/styles/global.css', 'utf8');
  const block = (src: string, selector: string) => src.slice(src.indexOf(`${selector} {`)).split('}')[0];
  const token = (src: string, name: string) => src.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const themes = {
    light: { paper: token(block(global, '@theme'), '--color-paper')!, ink: token(block(global, '@theme'), '--color-ink')!, mine: block(css, ':root') },
    dark: { paper: token(block(global, ':root.dark'), '--color-paper')!, ink: token(block(global, ':root.dark'), '--color-ink')!, mine: block(css, ':root.dark') },
  };

  test.each(Object.keys(themes))('%s theme: label colours reach 4.5:1 on the paper and on every land fill; markers 3:1', (name) => {
    const t = themes[name as keyof typeof themes];
    const fills = ['--sm-land', '--sm-home', '--sm-sea'].map((f) => token(t.mine, f)!);
    expect(fills.every(Boolean)).toBe(true);
    for (const text of [t.ink, token(t.mine, '--sm-country')!, token(t.mine, '--sm-province')!]) {
      for (const bg of [t.paper, ...fills]) expect(contrast(text, bg), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const mark of [token(t.mine, '--sm-event')!, token(t.mine, '--sm-closed')!, token(t.mine, '--sm-durand')!]) {
      for (const bg of [t.paper, ...fills]) expect(contrast(mark, bg), `${mark} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});
