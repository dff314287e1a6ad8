import { z } from 'astro/zod';
import { Id, Text, IsoDate, checkQuotedFigure, quotedFigureFields, type RefFactory, QUOTED_FIGURE_FIELDS, whenValid } from './common.ts';

/** What a militancy figure counts, in the publisher's own terms. */
export const MilitancyMeasure = z.enum([
  'all-violence-deaths', // every death from political violence: attacks, operations, drone strikes
  'attack-deaths', // deaths in militant attacks only (no security operations)
  'security-personnel-killed',
  'civilians-killed',
  'militants-killed',
  'attacks', // number of attacks, not deaths
  'regional-violence-deaths', // one province only
  'year-on-year-change-percent',
]);

export const makeMilitancySchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Stable kebab-case id, e.g. `crss-2025-all-violence-deaths`. */
      id: Id,
      /** Who counted (CRSS, PICSS, PIPS, SATP, US State Department...). */
      publisher: ref('actors'),
      /** Calendar year counted. */
      year: z.number().int().min(2000).max(2100),
      /** Last day counted when the figure covers part of the year only. */
      through: IsoDate.optional(),
      /** What is counted. */
      measure: MilitancyMeasure,
      /** The publisher's definition of what it counts, in a sentence. */
      definition: Text(10, 240),
      /** Which edition gave the figure ("2025 annual report", "revised in 2026 report"). */
      edition: Text(2, 100).optional(),
      ...quotedFigureFields,
      /** Source that reports it. */
      source: ref('sources'),
      /** A later figure from the same publisher for the same year and measure that replaces this one. */
      revisedBy: ref('militancy').optional(),
    })
    .superRefine(checkQuotedFigure, whenValid(...QUOTED_FIGURE_FIELDS))
    .refine((m) => m.through === undefined || m.through.startsWith(`${m.year}-`), {
      error: 'through must fall in the year counted',
      path: ['through'],
      ...whenValid('year', 'through'),
    });
export type Militancy = z.infer<ReturnType<typeof makeMilitancySchema>>;
