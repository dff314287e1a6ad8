import { z } from 'astro/zod';
import { Id, IsoDate, type RefFactory } from './common.ts';

export const EventKind = z.enum([
  'air-strike', 'ground-clash', 'militant-attack', 'ceasefire', 'talks', 'declaration',
  'border', 'policy', 'political', 'episode',
]);

export const makeEventSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Stable id, starting with the date: `2026-02-27-strikes-on-kabul`. */
      id: Id,
      /** First day of the event. */
      date: IsoDate,
      /** Last day, for events that span several days; never before `date`. */
      endDate: IsoDate.optional(),
      /**
       * Position within its first day, by time of day where known, else by the order of reports:
       * 1 for the early hours of 27 February, 9 for that night. Events without one come after.
       */
      order: z.number().int().min(1).max(99).optional(),
      /** True when only the year or month is known and `date` is its first day. */
      dateApproximate: z.boolean().default(false),
      /** Short headline in the site's own words. */
      title: z.string().min(5).max(120),
      /** One to three neutral sentences in the site's own words, attributing contested points. */
      summary: z.string().min(20),
      /** What kind of event it is; `episode` groups a whole phase of fighting. */
      kind: EventKind,
      /** Places involved. */
      places: z.array(ref('places')).default([]),
      /** Actors involved. */
      actors: z.array(ref('actors')).default([]),
      /** At least one source that reports it. */
      sources: z.array(ref('sources')).min(1, { error: 'an event needs at least one source' }),
      /** Research fact ids this event was entered from. */
      facts: z.array(z.string().regex(/^F\d{4}$/)).default([]),
    })
    .refine((e) => e.endDate === undefined || e.endDate >= e.date, {
      error: 'endDate is before date',
      path: ['endDate'],
    });
export type Event = z.infer<ReturnType<typeof makeEventSchema>>;
