/**
 * Building blocks shared by every content schema: ids, dates, periods, quantities and the
 * rule that a quote must state the number it is cited for.
 */
import { z } from 'astro/zod';
import { quoteStatesValue } from '../lib/content/numbers.ts';

/**
 * A cross-collection link. In Astro this is `reference()` from `astro:content`; in plain
 * validation it is `idReference`, which produces the same `{ collection, id }` shape so the
 * integrity pass can check that the target exists.
 */
export type RefFactory = (collection: string) => z.ZodType<{ collection: string; id: string }, unknown>;

export const idReference: RefFactory = (collection) =>
  z.string().min(1).transform((id) => ({ collection, id })) as unknown as z.ZodType<
    { collection: string; id: string },
    unknown
  >;

/** A web address people can follow: http or https only. */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) web address' });

/** Lower-case kebab-case identifier, stable because it can appear in URLs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case kebab-case (a-z, 0-9 and single hyphens)' });

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export const IsoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD (quote it in YAML)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine((s) => isRealDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)), {
    error: (iss) => `${String(iss.input)} is not a real calendar date`,
  });

/** A date known to the year (YYYY), the month (YYYY-MM) or the day (YYYY-MM-DD). */
export const PartialDate = z
  .string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(
    (s) => {
      const [y, m = 1, d = 1] = s.split('-').map(Number);
      return m >= 1 && m <= 12 && isRealDate(y, m, d);
    },
    { error: (iss) => `${String(iss.input)} is not a real calendar date` },
  );

/** The span of time a figure covers. `end` may be omitted for "since start, date not stated". */
export const Period = z
  .strictObject({
    /** First day covered. */
    start: IsoDate,
    /** Last day covered; never before `start`. */
    end: IsoDate.optional(),
  })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    error: 'period ends before it starts',
    path: ['end'],
  });
export type Period = z.infer<typeof Period>;

/**
 * How the source qualifies a number, carried over exactly: "about", "at least", "more than",
 * "up to", "fewer than", or a range "15 to 20".
 */
export const Qualifier = z.enum(['exact', 'about', 'at-least', 'more-than', 'up-to', 'fewer-than', 'range']);
export type Qualifier = z.infer<typeof Qualifier>;

/** A single number, or `[low, high]` for a range. */
export const Value = z.union(
  [z.number().nonnegative(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])],
  { error: 'must be a number written without quotes or commas (2900000), or a range [low, high]' },
);
export type Value = z.infer<typeof Value>;

/** Quotes are marked quotations, not copied prose: the same limit as shared/tools/copycheck.py. */
export const MAX_QUOTE_WORDS = 30;

/** Words as copycheck counts them: "600,000" is two words, "Taliban's" one. */
export const quoteWords = (q: string) => q.match(/[\p{L}\p{N}_’'-]+/gu)?.length ?? 0;

/** The fields that every quoted figure carries, whatever collection it sits in. */
export const quotedFigureFields = {
  /** The number as the source gives it; `[low, high]` when `qualifier` is `range`. */
  value: Value,
  /** How the source qualifies the number. Defaults to `exact`. */
  qualifier: Qualifier.default('exact'),
  /**
   * The source's own qualifying word when it is not the canonical one for `qualifier`
   * ("nearly", "some", "around", "approximately", "over"): printed instead, so qualifiers stay
   * exactly as the source wrote them. It must appear in the quote.
   */
  wording: z.enum(['nearly', 'almost', 'some', 'around', 'approximately', 'roughly', 'over', 'an estimated']).optional(),
  /** Short verbatim excerpt (at most 30 words) from the source that contains the number. */
  quote: z.string().min(8).refine((q) => quoteWords(q) <= MAX_QUOTE_WORDS, {
    error: `quote is longer than ${MAX_QUOTE_WORDS} words: cut it to the clause that states the number`,
  }),
  /**
   * Only when the quote states the number in a form the checker cannot read (a word in Dari,
   * "no reported casualties" for 0, a misprint): the exact words of the quote that state it.
   */
  quoteForm: z.string().min(1).optional(),
  /** English rendering of a quote in another language. */
  quoteTranslation: z.string().optional(),
  /** Row id in shared/research/facts.csv this record was entered from (F0001...). */
  fact: z.string().regex(/^F\d{4}$/, { error: 'must be a research fact id such as F0046' }).optional(),
  /** Free-text caveats: definitions, later revisions, why a figure differs from another. */
  notes: z.string().optional(),
};

interface QuotedFigure {
  value: Value;
  qualifier: Qualifier;
  wording?: string;
  quote: string;
  quoteForm?: string;
}

/** Refinements every quoted figure must pass: ranges are ordered and the quote states the value. */
export function checkQuotedFigure(d: QuotedFigure & { notes?: string }, ctx: z.RefinementCtx): void {
  if (d.quoteForm !== undefined && !d.notes) {
    ctx.addIssue({ code: 'custom', path: ['notes'], message: 'a record with quoteForm must say in notes why the quote cannot be read as it is' });
  }
  if (d.wording !== undefined && !new RegExp(`\\b${d.wording}\\b`, 'i').test(d.quote)) {
    ctx.addIssue({ code: 'custom', path: ['wording'], message: `wording "${d.wording}" does not appear in the quote` });
  }
  const isRange = Array.isArray(d.value);
  if (isRange !== (d.qualifier === 'range')) {
    ctx.addIssue({
      code: 'custom',
      path: ['qualifier'],
      message: isRange
        ? 'value is a [low, high] range, so qualifier must be "range"'
        : 'qualifier "range" needs value written as [low, high]',
    });
    return;
  }
  if (Array.isArray(d.value) && !(d.value[0] < d.value[1])) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `range is not ordered: low ${d.value[0]} must be below high ${d.value[1]}`,
    });
    return;
  }
  const problem = quoteStatesValue(d.quote, d.value, d.quoteForm);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}
