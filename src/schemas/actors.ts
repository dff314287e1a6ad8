import { z } from 'astro/zod';
import { Id, type RefFactory } from './common.ts';

/** What role an actor plays; charts and prose use it to tell parties from monitors. */
export const ActorKind = z.enum([
  'government', // a government or one of its ministries or spokespeople
  'military', // armed forces and their media wings (ISPR, Afghan defence ministry)
  'armed-group', // non-state armed groups (TTP, BLA, IS-K)
  'mediator', // states that mediated between the two sides
  'state', // other states
  'un-agency', // UN missions and agencies (UNAMA, UNHCR, IOM, OCHA)
  'humanitarian', // Red Cross / Red Crescent and NGOs
  'think-tank', // research institutes and monitors (IISS, SIPRI, CRSS, PICSS, PIPS, ACLED)
  'news-organisation', // a news organisation that reports its own tally or estimate
  'analyst', // an individual expert quoted in the reports
  'person', // an official or spokesperson who speaks for an institution (see `memberOf`)
]);

/** Whether the actor is a party to the fighting (its figures are claims) or an outside counter. */
export const Stance = z.enum(['party', 'monitor', 'outside']);

export const makeActorSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Stable kebab-case id, e.g. `pakistan-military`, `unama`. */
    id: Id,
    /** Full name as used at first mention. */
    name: z.string().min(2),
    /** Short name for charts and later mentions. */
    shortName: z.string().min(2),
    /** Role the actor plays. */
    kind: ActorKind,
    /** `party` to the conflict, independent `monitor`, or `outside` (mediators, other states). */
    stance: Stance,
    /** ISO 3166 alpha-2 country the actor belongs to, if any (PK, AF, QA...). */
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    /** One neutral sentence saying who the actor is. */
    description: z.string().min(10).max(240),
    /** Other names and abbreviations found in sources. */
    aliases: z.array(z.string()).default([]),
    /** For a person: the post they held in the period covered ("Pakistan's information minister"). */
    role: z.string().min(3).max(120).optional(),
    /** For a person: the institution they speak for or belong to. */
    memberOf: ref('actors').optional(),
    /** Research fact ids that name the person or state the role. */
    facts: z.array(z.string().regex(/^F\d{4}$/)).default([]),
  });
export type Actor = z.infer<ReturnType<typeof makeActorSchema>>;
