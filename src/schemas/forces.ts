import { z } from 'astro/zod';
import { Id, checkQuotedFigure, quotedFigureFields, type RefFactory, QUOTED_FIGURE_FIELDS, whenValid } from './common.ts';

/** What a force figure counts. */
export const ForceCategory = z.enum([
  'personnel-active', 'personnel-army', 'personnel-air-force', 'personnel-navy',
  'personnel-planned', 'combat-aircraft', 'aircraft-all', 'aircraft-fixed-wing', 'fighter-jf-17',
  'fighter-f-16', 'helicopters', 'armoured-vehicles', 'tanks', 'artillery', 'nuclear-warheads',
]);

export const makeForceSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Stable kebab-case id. */
      id: Id,
      /** Whose forces (an actor: `pakistan-military`, `afghan-taliban-forces`, `india-military`). */
      actor: ref('actors'),
      /** What is counted. */
      category: ForceCategory,
      ...quotedFigureFields,
      /** Year the estimate describes (IISS Military Balance 2025 → 2025; SIPRI January 2025 → 2025). */
      asOf: z.number().int().min(1990).max(2100),
      /** Who made the estimate (IISS, SIPRI, a government, a news organisation's arithmetic). */
      estimatedBy: ref('actors'),
      /** Source that reports it. */
      source: ref('sources'),
    })
    .superRefine(checkQuotedFigure, whenValid(...QUOTED_FIGURE_FIELDS));
export type Force = z.infer<ReturnType<typeof makeForceSchema>>;
