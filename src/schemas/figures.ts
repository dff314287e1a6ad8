import { z } from 'astro/zod';
import { Id, Label, Text, Period, checkQuotedFigure, quotedFigureFields, type RefFactory, QUOTED_FIGURE_FIELDS, whenValid } from './common.ts';

/**
 * Other sourced figures the pages cite that are neither claims, forces, returns nor militancy
 * deaths: the border's length, funding appeals, trade losses, warhead counts of other states.
 */
export const makeFigureSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Stable kebab-case id. */
      id: Id,
      /** What the number measures, in a short phrase ("length of the Afghanistan–Pakistan border"). */
      label: Label(5, 160),
      /** Unit of the value (km, USD, percent, people, days...). */
      unit: Label(1, 30),
      ...quotedFigureFields,
      /** Period or day the figure refers to, when it has one. */
      period: Period.optional(),
      /** Who states the figure. */
      claimant: ref('actors'),
      /** Source that reports it. */
      source: ref('sources'),
    })
    .superRefine(checkQuotedFigure, whenValid(...QUOTED_FIGURE_FIELDS));
export type Figure = z.infer<ReturnType<typeof makeFigureSchema>>;
