/** The finding above the chart and the notes under it, written from the plotted rows. */
import { MILITANT_ATTACK_CLAIMS, brokenDown, inScope, reachOf, type ClaimRow } from './select.ts';
import { blockTitle, linesOf, nameOf, toneOf, type Ctx } from './matrix.ts';

const plural = (name: string) => /(authorities|forces)$/.test(name);
const TIMES = ['', '', 'twice', 'three times', 'four times', 'five times', 'six times', 'seven times', 'eight times', 'nine times', 'ten times'];

/** The episode with the most claimants' lines: the one the finding is about. */
export function mainEpisode(rows: ClaimRow[], ctx: Ctx): string {
  const lines = linesOf(rows, ctx);
  const count = (e: string) => lines.filter((l) => l.episode === e).length;
  return [...new Set(rows.map((r) => r.episode))].sort((a, b) => count(b) - count(a))[0] ?? '';
}

/**
 * "The two sides' figures for the same losses differ four times over or more. For Afghan forces
 * and militants killed in …, Pakistan’s government says 583 and Afghanistan’s Taliban authorities
 * 13; … UNAMA documented at least 56 … None of the parties’ figures could be independently verified."
 */
export function summarise(rows: ClaimRow[], ctx: Ctx): string {
  const main = mainEpisode(rows, ctx);
  const lines = linesOf(rows, ctx).filter((l) => l.episode === main && !l.part);
  const killed = (l: (typeof lines)[number]) => l.rows.find((r) => r.measure === 'killed');
  const blocks = [...new Set(lines.map((l) => l.block))];
  const clauses: string[] = [];
  const ratios: number[] = [];
  const monitors: string[] = [];
  for (const block of blocks) {
    const withKilled = lines.filter((l) => l.block === block && killed(l));
    const bySide = (['side-pk', 'side-af'] as const).map((t) => withKilled
      .filter((l) => toneOf(ctx, l.claimant) === t)
      .sort((a, b) => reachOf(killed(b)!.head) - reachOf(killed(a)!.head))[0]).filter(Boolean);
    const whose = blockTitle(withKilled.flatMap((l) => l.rows), main, block);
    if (bySide.length === 2 && block !== 'both:all') {
      const [hi, lo] = [...bySide].sort((a, b) => reachOf(killed(b)!.head) - reachOf(killed(a)!.head));
      const [vh, vl] = [killed(hi)!, killed(lo)!];
      const nh = nameOf(ctx, hi.claimant);
      const said = (r: ClaimRow) => (reachOf(r.head) === 0 ? 'none' : r.steps.at(-1)!.valueText);
      clauses.push(`for ${whose} killed, ${nh} ${plural(nh) ? 'say' : 'says'} ${said(vh)} and ${nameOf(ctx, lo.claimant)} ${said(vl)}`);
      // the sides' counts of each other's fighters: how far apart they are
      if (block.endsWith(':combatants') && reachOf(vl.head) > 0) ratios.push(reachOf(vh.head) / reachOf(vl.head));
    }
    const monitor = withKilled.filter((l) => toneOf(ctx, l.claimant) === 'neutral' && killed(l)!.head.status === 'documented')
      .sort((a, b) => reachOf(killed(b)!.head) - reachOf(killed(a)!.head))[0];
    if (monitor) monitors.push(`${nameOf(ctx, monitor.claimant)} documented ${killed(monitor)!.steps.at(-1)!.valueText} ${blockTitle(monitor.rows, main, block)} killed`);
  }
  const title = ctx.events.get(main)?.title ?? main;
  const out: string[] = [];
  const least = Math.floor(Math.min(...ratios));
  if (ratios.length && least >= 2) {
    out.push(`Each side’s count of the other’s dead is ${TIMES[Math.min(least, 10)] ?? `${least} times`} or more what the other admits.`);
  }
  if (clauses.length) {
    const c = clauses.join('; ');
    out.push(`In ${title.replace(/^The /, 'the ')}, ${c}.`);
  }
  if (monitors.length) out.push(`${monitors.join('; ')}.`.replace(/^./, (ch) => ch.toUpperCase()));
  out.push('None of the parties’ figures could be independently verified.');
  return out.join(' ');
}

export function notesFor(rows: ClaimRow[], ctx: Ctx): string[] {
  const notes = [
    'Each figure is attributed to whoever gave it. Figures from different claimants are never added together, and none is offered as the true number.',
    'One scale per column for the whole chart, bars and dots alike: further along always means a larger number. Each bar is a claimant’s latest figure; the dots below are the figures it replaced, in order.',
    'The bars give each claimant’s figures for an episode as a whole. A claim of none is a figure too: a tick at zero, labelled as the source worded it. Counts of one outpost, district or night are in the data table only.',
    'On phones, the marker by each name gives its status; a date on a row overrides its block’s.',
  ];
  const mixed = new Map<string, Set<string>>();
  for (const r of rows) {
    const names = [...new Set(r.chain.map((c) => nameOf(ctx, c.claimant.id)))].sort();
    if (names.length > 1) mixed.set(names.join(' and '), new Set(names));
  }
  if (mixed.size) notes.push(`A running count sometimes passed between two voices of the same side (${[...mixed.keys()].join('; ')}); the data table gives each figure’s own claimant and source.`);
  const scoped = inScope(ctx.data);
  const totals = [...new Set(scoped.filter((c) => brokenDown(c, scoped)).map((c) => nameOf(ctx, c.claimant.id)))];
  if (totals.length) notes.push(`“Killed or wounded” appears only where a claimant gave no separate figures; ${totals.join(' and ')}’s combined casualty totals are shown as their killed and wounded parts.`);
  if (ctx.data.claims.some((c) => MILITANT_ATTACK_CLAIMS.has(c.id))) {
    notes.push('Not shown: deaths in militant attacks inside Pakistan earlier in February (Islamabad, Bajaur, Bannu), which Pakistan cited as reasons for its strikes; they are not losses of the fighting between the two states.');
  }
  return notes;
}
