import { z } from 'astro/zod';
import { Id, Period, checkQuotedFigure, quotedFigureFields, type RefFactory, QUOTED_FIGURE_FIELDS, whenValid } from './common.ts';

/**
 * The series a figure belongs to. Series count different things (assisted returns, border
 * flow monitoring including circular movement, government tallies) and are never summed or stacked.
 */
export const ReturneeSeries = z.enum([
  'unhcr-returns', // UNHCR / OCHA counts of returns to Afghanistan
  'iom-flow-monitoring', // IOM Displacement Tracking Matrix border flow counts (include circular movement)
  'iom-undocumented-returns', // IOM counts of undocumented returnees
  'government-count', // a host government's own tally
  'ifrc', // Red Cross / Red Crescent compilations
  'media-tally', // a news organisation's own total
  'unhcr-projection', // UNHCR planning figures (not counts)
  'host-population', // how many Afghans live in a host country (stocks, not flows)
]);

/** What is measured: returns, deportations among them, border inflows, or a population stock. */
export const ReturneeMeasure = z.enum([
  'returns', 'deportations', 'forced-returns', 'inflows', 'outflows', 'projected-returns',
  'population', 'arrests', 'assisted-returns',
]);

export const makeReturneeSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Stable kebab-case id. */
      id: Id,
      /** Country people returned from (ISO alpha-2: PK, IR), or both. */
      origin: z.enum(['PK', 'IR', 'PK+IR']),
      /** Series the figure belongs to; series are never mixed in one line or stack. */
      series: ReturneeSeries,
      /** What is measured. */
      measure: ReturneeMeasure,
      ...quotedFigureFields,
      /** Period the count covers. */
      period: Period,
      /** True when the count is a running total since the period start rather than for one span. */
      cumulative: z.boolean().default(false),
      /** Who produced the count (UNHCR, IOM, Pakistan's interior ministry...). */
      publisher: ref('actors'),
      /** Source that reports it. */
      source: ref('sources'),
    })
    .superRefine(checkQuotedFigure, whenValid(...QUOTED_FIGURE_FIELDS));
export type Returnee = z.infer<ReturnType<typeof makeReturneeSchema>>;
