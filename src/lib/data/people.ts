/**
 * The who's who: people in the actors collection (`kind: person`) grouped by the side they speak
 * for, each with the claims they made (claims whose `speakerActor` is them) and the events they
 * appear in. Pure: plain records in, plain records out.
 */
type Ref = { id: string };
export interface PersonLike { id: string; name: string; kind: string; stance: string; country?: string; role?: string; memberOf?: Ref; description: string }
export interface ClaimLike { id: string; speakerActor?: Ref; asserted: string }
export interface EventLike { id: string; date: string; actors: Ref[]; kind: string }

export const PEOPLE_GROUPS = [
  { id: 'pakistan', title: 'Pakistan' },
  { id: 'afghanistan', title: 'Afghanistan’s Taliban authorities' },
  { id: 'ttp', title: 'The TTP' },
  { id: 'outside', title: 'China, the United States and other outside powers' },
  { id: 'un', title: 'The United Nations' },
] as const;
export type PeopleGroup = (typeof PEOPLE_GROUPS)[number]['id'];

/** Which group a person belongs to: the UN's monitors, outside powers, the TTP, or a party by country. */
export function groupOf(p: PersonLike): PeopleGroup {
  if (p.stance === 'monitor') return 'un';
  if (p.stance === 'outside') return 'outside';
  if (p.memberOf?.id === 'ttp') return 'ttp';
  if (p.country === 'AF') return 'afghanistan';
  if (p.country === 'PK') return 'pakistan';
  throw new Error(`who's who: cannot place ${p.id} (stance ${p.stance}, country ${p.country ?? 'none'})`);
}

export interface PersonEntry<P, C, E> { person: P; claims: C[]; events: E[] }

export function whosWho<P extends PersonLike, C extends ClaimLike, E extends EventLike>(
  actors: P[], claims: C[], events: E[],
): { group: (typeof PEOPLE_GROUPS)[number]; people: PersonEntry<P, C, E>[] }[] {
  const people = actors.filter((a) => a.kind === 'person');
  return PEOPLE_GROUPS.map((group) => ({
    group,
    people: people
      .filter((p) => groupOf(p) === group.id)
      .map((person) => ({
        person,
        claims: claims.filter((c) => c.speakerActor?.id === person.id).sort((a, b) => a.asserted.localeCompare(b.asserted) || a.id.localeCompare(b.id)),
        events: events.filter((e) => e.kind !== 'episode' && e.actors.some((a) => a.id === person.id)).sort((a, b) => a.date.localeCompare(b.date)),
      })),
  })).filter((g) => g.people.length > 0);
}
