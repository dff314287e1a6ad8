/**
 * Which claims the casualty-claims chart plots, and how: the claims in scope, each claimant's
 * current figure (the last of its `supersedes` chain) with the chain that led to it, the blocks
 * of whose losses they sit in, and the mark a verification status is drawn with. Pure.
 */
import { currentClaims } from '../../data/claims.ts';
import { formatQuantity } from '../../data/quantity.ts';
import type { ContentData } from '../types.ts';
import { isOneOf } from '../oneOf.ts';

export type Claim = ContentData['claims'][number];
type Actor = ContentData['actors'][number];

/** Episodes from this date on are the 2026 war; earlier ones (October 2025) have their own page. */
export const WAR_START = '2026-01-01';

/**
 * The episodes the chart draws, oldest first: every episode of the 2026 war that a casualty
 * claim refers to. A new episode in the content (the 16 March strike on Kabul) becomes a new
 * block of the chart with no code change.
 */
export function episodesOf(data: Pick<ContentData, 'claims' | 'events'> & Partial<Pick<ContentData, 'actors'>>): ContentData['events'][number][] {
  const used = new Set(data.claims.filter((c) => isOneOf(MEASURES, c.counted)).map((c) => c.episode.id));
  // episodes of militant attacks (an armed group among their actors) are not fighting between the two states
  const armed = new Set((data.actors ?? []).filter((a) => a.kind === 'armed-group').map((a) => a.id));
  return data.events
    .filter((e) => e.kind === 'episode' && e.date >= WAR_START && used.has(e.id) && !(e.actors ?? []).some((a) => armed.has(a.id)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** What is counted, in the order the panels are drawn. */
export const MEASURES = ['killed', 'wounded', 'captured', 'casualties'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABELS: Record<Measure, string> = {
  killed: 'Killed',
  wounded: 'Wounded',
  captured: 'Captured',
  casualties: 'Killed or wounded, not broken down',
};

/**
 * Claims filed under the air-strike episode that are about militant attacks inside Pakistan
 * earlier in February (Islamabad 6 February, Bajaur 16 February, Bannu 21 February), which
 * Pakistan cited as reasons for its strikes. They are not losses of the fighting between the two
 * states, so the chart leaves them out; the period rule in `inScope` catches all but Bannu.
 */
export const MILITANT_ATTACK_CLAIMS = new Set([
  'pk-security-sources-2026-02-16-bajaur-personnel-killed',
  'pk-security-sources-2026-02-16-bajaur-civilians-killed',
  'pk-ispr-2026-02-16-bajaur-personnel-killed',
  'pk-ispr-2026-02-16-bajaur-child-killed',
  'pk-ispr-2026-02-16-bajaur-attackers-killed',
  'pk-tarar-2026-02-06-islamabad-mosque-killed',
  'pk-tarar-2026-02-06-islamabad-mosque-wounded',
  'pk-ispr-2026-02-21-bannu-soldiers-killed',
]);

/** The side a claimant speaks for, which colours its marks: Pakistan, Kabul, or neither. */
export type Voice = 'pk' | 'af' | 'monitor';
export const VOICES: Voice[] = ['pk', 'af', 'monitor'];
export function voiceOf(actor: Pick<Actor, 'country' | 'stance'>): Voice {
  if (actor.stance === 'party' && actor.country === 'PK') return 'pk';
  if (actor.stance === 'party' && actor.country === 'AF') return 'af';
  return 'monitor';
}

/** How a verification status is drawn: solid, tinted, outlined or hatched (and always written). */
export type Encoding = 'fill' | 'tint' | 'outline' | 'hatch';
export const ENCODING: Record<Claim['status'], Encoding> = {
  documented: 'fill',
  corroborated: 'tint',
  claimed: 'outline',
  disputed: 'hatch',
  unverifiable: 'hatch',
};
/** The status as printed beside each mark. */
export const STATUS_TEXT: Record<Claim['status'], string> = {
  documented: 'documented',
  corroborated: 'corroborated',
  claimed: 'claimed',
  disputed: 'disputed',
  unverifiable: 'unverifiable',
};

/** Whose losses: a block of the chart. */
export type BlockKey = 'afghanistan:combatants' | 'pakistan:combatants' | 'afghanistan:others' | 'pakistan:others' | 'both:all';
export const BLOCK_ORDER: BlockKey[] = ['afghanistan:combatants', 'pakistan:combatants', 'afghanistan:others', 'pakistan:others', 'both:all'];
const COMBATANTS = new Set(['forces', 'militants', 'forces-and-militants']);

export function blockOf(c: Pick<Claim, 'side' | 'group'>): BlockKey {
  if (c.side === 'both') return 'both:all';
  return `${c.side}:${COMBATANTS.has(c.group) ? 'combatants' : 'others'}`;
}

/** A block's heading, from the groups the claims in it are about. */
export function blockLabel(key: BlockKey, groups: string[]): string {
  const [side, family] = key.split(':');
  if (side === 'both') return 'Both sides together';
  const adj = side === 'afghanistan' ? 'Afghan' : 'Pakistani';
  const set = new Set(groups);
  if (family === 'combatants') {
    if ([...set].every((g) => g === 'militants')) return `${adj} militants`;
    if ([...set].every((g) => g === 'forces')) return `${adj} forces`;
    return `${adj} forces and militants`;
  }
  if (!set.has('civilians')) return `People in ${side === 'afghanistan' ? 'Afghanistan' : 'Pakistan'}`;
  return set.size > 1 ? `${adj} civilians and others` : `${adj} civilians`;
}

/**
 * The claims the chart may plot: in one of the two episodes, counting killed, wounded, captured
 * or casualties, about losses in the episode's own days (not before it began), and not one of the
 * militant-attack claims above.
 */
export function inScope(data: Pick<ContentData, 'claims' | 'events'>): Claim[] {
  const starts = new Map(episodesOf(data).map((e) => [e.id, e.date]));
  return data.claims.filter((c) => {
    const start = starts.get(c.episode.id);
    return start !== undefined
      && isOneOf(MEASURES, c.counted)
      && !MILITANT_ATTACK_CLAIMS.has(c.id)
      && c.period.start >= start;
  });
}

/**
 * `casualties` counts killed and wounded together. It is plotted only where the claimant gave
 * no separate killed or wounded figure, in the same source or for the same period, about the same side: otherwise (UNAMA's
 * running totals) the parts are plotted and the total would only repeat them.
 */
export function brokenDown(c: Claim, claims: Claim[]): boolean {
  // The parts may come from a better source than the total (UNAMA's 56 and 129 via the UN human
  // rights chief, its 185 via Ariana News): the same period counts as the same statement.
  const samePeriod = (o: Claim) => o.period.start === c.period.start && o.period.end === c.period.end;
  return c.counted === 'casualties' && claims.some((o) =>
    o.claimant.id === c.claimant.id && (o.source.id === c.source.id || samePeriod(o)) && o.side === c.side
    && (o.counted === 'killed' || o.counted === 'wounded'));
}

/** A claim's chain, oldest first, ending with the claim itself. */
export function chainOf(head: Claim, byId: Map<string, Claim>): Claim[] {
  const out = [head];
  const seen = new Set([head.id]);
  let c = head;
  while (c.supersedes && byId.has(c.supersedes.id) && !seen.has(c.supersedes.id)) {
    c = byId.get(c.supersedes.id)!;
    seen.add(c.id);
    out.unshift(c);
  }
  return out;
}

/** One figure in a running count: neighbouring records with the same figure are one step. */
export interface Step {
  claims: Claim[];
  valueText: string;
  /** The number the step reaches (the high end of a range). */
  reach: number;
  asserted: string;
}

export const reachOf = (c: Pick<Claim, 'value'>) => (Array.isArray(c.value) ? c.value[1] : c.value);

export function stepsOf(chain: Claim[]): Step[] {
  const steps: Step[] = [];
  for (const c of chain) {
    const valueText = formatQuantity(c.value, c.qualifier);
    const last = steps.at(-1);
    if (last && last.valueText === valueText) last.claims.push(c);
    else steps.push({ claims: [c], valueText, reach: reachOf(c), asserted: c.asserted });
  }
  return steps;
}

export interface ClaimRow {
  episode: string;
  block: BlockKey;
  measure: Measure;
  /** The current claim: plotted as the bar. */
  head: Claim;
  /** Every record of its chain, oldest first (the head last). */
  chain: Claim[];
  steps: Step[];
  voice: Voice;
}

const span = (c: Claim) => Date.parse(c.period.end ?? c.asserted) - Date.parse(c.period.start);

/**
 * One row per current claim, in drawing order: episode, block of whose losses, measure, then
 * Pakistani claimants, Kabul's, and others; within those the widest period first, then the
 * longest running count, then the earliest stated.
 */
export function selectRows(data: Pick<ContentData, 'claims' | 'events' | 'actors'>): ClaimRow[] {
  const scoped = inScope(data);
  const plotted = scoped.filter((c) => !brokenDown(c, scoped));
  const byId = new Map(plotted.map((c) => [c.id, c]));
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const voice = (c: Claim) => {
    const a = actors.get(c.claimant.id);
    if (!a) throw new Error(`claim ${c.id} cites actor "${c.claimant.id}", which is not in the actors collection`);
    return voiceOf(a);
  };
  const episodes = episodesOf(data).map((e) => e.id);
  const rows = episodes.flatMap((episode) => MEASURES.flatMap((measure) =>
    currentClaims(plotted, episode, measure).map((head): ClaimRow => {
      const chain = chainOf(head, byId);
      return { episode, block: blockOf(head), measure, head, chain, steps: stepsOf(chain), voice: voice(head) };
    })));
  const order = (r: ClaimRow) => [
    episodes.indexOf(r.episode),
    BLOCK_ORDER.indexOf(r.block),
    MEASURES.indexOf(r.measure),
    VOICES.indexOf(r.voice),
    -span(r.head),
    -r.steps.length,
    Date.parse(r.head.asserted),
  ];
  return rows.sort((a, b) => {
    const [oa, ob] = [order(a), order(b)];
    for (let i = 0; i < oa.length; i++) if (oa[i] !== ob[i]) return oa[i] - ob[i];
    return a.head.id.localeCompare(b.head.id);
  });
}
