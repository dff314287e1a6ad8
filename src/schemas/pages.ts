import { z } from 'astro/zod';
import { IsoDate } from './common.ts';

/** One entry of a page's change log. */
const Change = z.strictObject({
  date: IsoDate,
  /** What changed, in a sentence a reader understands. */
  summary: z.string().min(10).max(300),
  /** True when the change corrects an error (the feed and /changes/ mark it as a correction). */
  correction: z.boolean().optional(),
});

/** Front matter of an explainer page (`content/pages/<slug>.mdx`; the slug is its URL). */
export const makePageSchema = () =>
  z.strictObject({
    /** Headline. */
    title: z.string().min(5).max(90),
    /** Short label over the headline and in navigation. */
    kicker: z.string().min(3).max(30),
    /** The standfirst under the headline; also the meta description. */
    standfirst: z.string().min(40).max(320),
    /** Position in the reading order (previous/next links, navigation, the PDF briefing). */
    order: z.number().int().min(1),
    /** Change log, newest last; the last date is the page's "updated" date. */
    changes: z.array(Change).min(1).refine((cs) => cs.every((c, i) => i === 0 || cs[i - 1].date <= c.date), {
      error: 'changes must be in date order, oldest first',
    }),
  });
export type PageMeta = z.infer<ReturnType<typeof makePageSchema>>;
