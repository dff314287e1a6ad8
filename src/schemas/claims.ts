import { z } from 'astro/zod';
import { Id, IsoDate, Period, checkQuotedFigure, quotedFigureFields, type RefFactory } from './common.ts';

/** What a casualty or damage claim counts. */
export const Counted = z.enum([
  'killed', 'wounded', 'casualties', 'captured', 'missing', 'bodies-held', 'displaced',
  'displaced-households', 'posts-destroyed', 'posts-captured', 'bases-destroyed',
  'headquarters-destroyed', 'depots-destroyed', 'installations-destroyed',
  'vehicles-destroyed', 'aircraft-downed', 'locations-struck', 'sites-struck', 'targets-hit',
  'drones-intercepted',
]);

/** Which side's losses a claim is about. */
export const Side = z.enum(['afghanistan', 'pakistan', 'both']);

/** Who among that side: armed forces, civilians, militants, forces with allied militants, or anyone. */
export const Group = z.enum(['forces', 'civilians', 'militants', 'forces-and-militants', 'people', 'positions']);

/**
 * Verification status: `claimed` by a party and unchecked; `disputed` by the other side;
 * `corroborated` by an independent source; `unverifiable` (anonymous or single-source);
 * `documented` by an independent monitor's own count (UNAMA, OCHA).
 */
export const Status = z.enum(['claimed', 'disputed', 'corroborated', 'unverifiable', 'documented']);

export const makeClaimSchema = (ref: RefFactory) =>
  z
    .strictObject({
      /** Stable kebab-case id. */
      id: Id,
      /** Who asserts the figure: a party's institution, a UN mission, a news organisation. */
      claimant: ref('actors'),
      /** The person who said it, with role, when the source names one. */
      speaker: z.string().optional(),
      /** The same person as an actor (kind `person`), so the who's who can list their claims. */
      speakerActor: ref('actors').optional(),
      /** The episode of fighting the claim is about (an `events` entry of kind `episode`). */
      episode: ref('events'),
      /** Whose losses: the side. */
      side: Side,
      /** Whose losses: which group on that side. */
      group: Group,
      /** Whose losses, in the claimant's own framing ("Taliban operatives"). */
      subject: z.string().min(3),
      /** What is counted. */
      counted: Counted,
      ...quotedFigureFields,
      /** Time the figure covers. */
      period: Period,
      /** Date the claimant made the claim. */
      asserted: IsoDate,
      /** Source that reports the claim. */
      source: ref('sources'),
      /** How far the figure can be trusted; see `Status`. */
      status: Status,
      /**
       * For a figure about one incident within the episode (one strike, one outpost) rather than
       * the claimant's running total for it: a short name of the incident. Such figures never
       * stand for a claimant's total (home toll cards compare totals only).
       */
      incident: z.string().min(3).optional(),
      /** An earlier claim by the same claimant that this one updates (133 → 274 → 415). */
      supersedes: ref('claims').optional(),
    })
    .superRefine(checkQuotedFigure)
    .refine((c) => c.period.start <= c.asserted, {
      error: 'asserted date is before the period the claim covers',
      path: ['asserted'],
    })
    .refine((c) => c.period.end === undefined || c.period.end <= c.asserted, {
      error: 'period ends after the date the claim was made: a claim cannot count the future',
      path: ['period', 'end'],
    });
export type Claim = z.infer<ReturnType<typeof makeClaimSchema>>;
