import { z } from 'astro/zod';
import { Id, Label, Text } from './common.ts';

export const PlaceKind = z.enum(['capital', 'city', 'town', 'province', 'district', 'border-crossing', 'region', 'valley']);

export const makePlaceSchema = () =>
  z.strictObject({
    /** Stable kebab-case id, e.g. `kabul`, `torkham`. */
    id: Id,
    /** Name in the spelling this site uses. */
    name: Label(2, 32),
    /** ISO 3166 alpha-2 country (AF, PK, QA, TR, IR). */
    country: z.string().regex(/^[A-Z]{2}$/),
    /** What the place is. Provinces and districts are plotted at their administrative centre. */
    kind: PlaceKind,
    /** Latitude in decimal degrees (WGS84). */
    lat: z.number().min(-90).max(90),
    /** Longitude in decimal degrees (WGS84). */
    lon: z.number().min(-180).max(180),
    /**
     * For a province or region a map names: a point well inside it where its name can go
     * (approximate, WGS84). The marker, if any, stays at `lat`/`lon`.
     */
    labelAt: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
    /**
     * ISO 3166-2 code of the province or territory (first-level division) the place lies in; for
     * a province, its own. The map draws that division's boundary from Natural Earth's admin-1
     * data, names provinces inside it, and the tests check the point falls inside it.
     */
    admin1: z.string().regex(/^[A-Z]{2}-[A-Z]{2,3}$/, 'an ISO 3166-2 code such as AF-PIA or PK-KP').optional(),
    /**
     * The point is only an approximate location inside the district or area (no gazetteer we have
     * gives its centre), not a surveyed point or its administrative centre: maps and tooltips say so.
     */
    approximate: z.literal(true).optional(),
    /** Where the coordinates come from and how precise they are. */
    coordinatesNote: Text(1, 300).optional(),
    /** Research fact id the coordinates were taken from. */
    fact: z.string().regex(/^F\d{4}$/).optional(),
  });
export type Place = z.infer<ReturnType<typeof makePlaceSchema>>;
