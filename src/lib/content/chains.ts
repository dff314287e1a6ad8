/**
 * Revision chains: a claim's `supersedes` names the earlier figure it updates, and charts show
 * only the last claim of each chain as current. A link that crosses claimants, sides or measures,
 * a cycle, or a fork would silently move a figure onto another bar or drop the latest one, so
 * each link must stay within one voice, one side, one kind of group, one episode and one measure,
 * and dates must not run backwards.
 */
import type { LoadedEntry, Problem } from './load.ts';

type Ref = { id: string } | undefined;
const refId = (v: unknown): string | undefined => (v as Ref)?.id;

/**
 * Who speaks. A person speaks for the institution they are a `memberOf`. The institutions of one
 * party to the fighting (a government and its military, with the same `country`) speak with one
 * voice: Pakistan's information minister updates the military's figure and the other way round.
 * So do the UN and its agencies and missions (UNAMA's count updates the UN's preliminary one).
 * Anyone else must be the same actor.
 */
function voiceOf(claimantId: string | undefined, actors: Map<string, LoadedEntry>): string | undefined {
  let id = claimantId ?? '';
  let actor = actors.get(id)?.data;
  for (let hops = 0; actor && refId(actor.memberOf) && hops < 5; hops++) {
    id = refId(actor.memberOf)!;
    actor = actors.get(id)?.data;
  }
  if (!actor) return undefined; // a broken or missing actor is reported where it is
  if (actor.stance === 'party' && typeof actor.country === 'string') return `party:${actor.country}`;
  if (actor.kind === 'un-agency') return 'united-nations';
  return `actor:${id}`;
}

/**
 * Groups one chain may move between. Claimants re-frame the same combatant count ("Afghan
 * Taliban forces" one day, "forces and affiliated militants" the next); civilians, people and
 * positions are other quantities and never join a combatant chain.
 */
const GROUP_FAMILY: Record<string, string> = {
  forces: 'combatants', 'forces-and-militants': 'combatants', militants: 'combatants',
  civilians: 'civilians', people: 'people', positions: 'positions',
};

export function checkChains(claims: LoadedEntry[], actors: LoadedEntry[], fieldLine: (e: LoadedEntry, field: string) => number): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const report = (c: LoadedEntry, field: string, message: string) =>
    problems.push({ file: c.file, line: fieldLine(c, field), collection: 'claims', id: c.id, field, message });
  const successors = new Map<string, LoadedEntry[]>();

  for (const later of claims) {
    const earlierId = refId(later.data.supersedes);
    const earlier = earlierId === undefined ? undefined : byId.get(earlierId);
    if (!earlier || earlier === later) continue; // dangling and self links are reported as references
    successors.set(earlier.id, [...(successors.get(earlier.id) ?? []), later]);
    const a = earlier.data;
    const b = later.data;
    const what = `supersedes "${earlier.id}"`;
    const [voiceA, voiceB] = [voiceOf(refId(a.claimant), actorById), voiceOf(refId(b.claimant), actorById)];
    if (voiceA && voiceB && voiceA !== voiceB) {
      report(later, 'supersedes', `${what}, a claim by "${refId(a.claimant)}", but this claim is by "${refId(b.claimant)}": a claim can only update its own claimant's earlier figure`);
    }
    if (a.side !== b.side) report(later, 'supersedes', `${what}, which is about ${String(a.side)}'s losses, but this claim is about ${String(b.side)}'s`);
    if (GROUP_FAMILY[String(a.group)] !== GROUP_FAMILY[String(b.group)]) {
      report(later, 'supersedes', `${what}, which counts group "${String(a.group)}", but this claim counts "${String(b.group)}"`);
    }
    if (a.counted !== b.counted) report(later, 'supersedes', `${what}, which counts "${String(a.counted)}", but this claim counts "${String(b.counted)}"`);
    if (refId(a.episode) !== refId(b.episode)) {
      report(later, 'supersedes', `${what}, which is about episode "${refId(a.episode)}", but this claim is about "${refId(b.episode)}"`);
    }
    if (String(b.asserted) < String(a.asserted)) {
      report(later, 'asserted', `asserted ${String(b.asserted)}, before the claim it supersedes ("${earlier.id}", asserted ${String(a.asserted)}): an update cannot come first`);
    }
  }

  for (const [earlierId, laters] of successors) {
    if (laters.length < 2) continue;
    for (const later of laters) {
      report(later, 'supersedes', `"${earlierId}" is superseded by ${laters.length} claims (${laters.map((l) => l.id).join(', ')}): a chain cannot fork, so only one can update it`);
    }
  }

  // A cycle has no last claim, so a chart would pick an arbitrary member as current.
  const reported = new Set<string>();
  for (const start of claims) {
    const path: LoadedEntry[] = [];
    const onPath = new Set<string>();
    let c: LoadedEntry | undefined = start;
    while (c && !onPath.has(c.id) && !reported.has(c.id)) {
      path.push(c);
      onPath.add(c.id);
      const next = refId(c.data.supersedes);
      c = next === undefined || next === c.id ? undefined : byId.get(next);
    }
    if (!c || reported.has(c.id)) continue;
    const cycle = path.slice(path.indexOf(c));
    for (const m of cycle) reported.add(m.id);
    const ring = [...cycle.map((m) => m.id), c.id].join(' → ');
    for (const m of cycle) report(m, 'supersedes', `supersedes chain loops back on itself (${ring}): one claim must be the latest`);
  }
  return problems;
}
