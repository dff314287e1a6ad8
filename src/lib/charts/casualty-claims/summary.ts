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
 * The finding, as an editor would write it: how far apart the two sides' counts of each other's
 * dead are; then, in the episode with most claimants, who says how many for each whose-losses,
 * every figure named to its claimant and the independent count placed among the parties' (largest
 * first); then each other episode where a party and an independent monitor counted the same dead.
 * "Each side’s count of the other’s dead is at least nine times that side’s own figure. In the open
 * war …, for Afghan forces and militants killed, Pakistan’s government says 641 and Afghanistan’s
 * Taliban authorities 13; … for Afghan civilians killed, Afghan forces say 110, UNAMA documented 56
 * and Pakistan’s government says none. In the strike on …, … say more than 408 were killed and
 * UNAMA documented 143. None of the parties’ figures could be independently verified."
 */
export function summarise(rows: ClaimRow[], ctx: Ctx): string {
  const main = mainEpisode(rows, ctx);
  const all = linesOf(rows, ctx).filter((l) => !l.part);
  const killed = (l: (typeof all)[number]) => l.rows.find((r) => r.measure === 'killed');
  const said = (r: ClaimRow) => (reachOf(r.head) === 0 ? 'none' : r.steps.at(-1)!.valueText);
  const says = (id: string) => `${nameOf(ctx, id)} ${plural(nameOf(ctx, id)) ? 'say' : 'says'}`;
  const by = (ls: typeof all) => [...ls].sort((a, b) => reachOf(killed(b)!.head) - reachOf(killed(a)!.head));
  const top = (ls: typeof all, tone: string) => by(ls.filter((l) => toneOf(ctx, l.claimant) === tone))[0];
  const documented = (ls: typeof all) => by(ls.filter((l) => toneOf(ctx, l.claimant) === 'neutral' && killed(l)!.head.status === 'documented'))[0];
  const title = (e: string) => (ctx.events.get(e)?.title ?? e).replace(/^The /, 'the ');
  const clauses: string[] = [];
  const ratios: number[] = [];
  const lines = all.filter((l) => l.episode === main);
  for (const block of [...new Set(lines.map((l) => l.block))]) {
    if (block === 'both:all') continue;
    const withKilled = lines.filter((l) => l.block === block && killed(l));
    const sides = [top(withKilled, 'side-pk'), top(withKilled, 'side-af')].filter(Boolean);
    if (sides.length < 2) continue;
    // the independent count among the parties', largest first: where they disagree, side by side
    const voices = by([...sides, documented(withKilled)].filter(Boolean));
    const parts = voices.map((l, i) => {
      const r = killed(l)!;
      if (l === documented(withKilled)) return `${nameOf(ctx, l.claimant)} documented ${said(r)}`;
      // "says none" in full; otherwise the verb may be left out after the first
      return i === 0 || reachOf(r.head) === 0 || voices.length > 2 ? `${says(l.claimant)} ${said(r)}` : `${nameOf(ctx, l.claimant)} ${said(r)}`;
    });
    const whose = blockTitle(withKilled.flatMap((l) => l.rows), main, block);
    clauses.push(`for ${whose} killed, ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);
    const [hi, lo] = by(sides).map((l) => reachOf(killed(l)!.head));
    // the sides' counts of each other's fighters: how far apart they are
    if (block.endsWith(':combatants') && lo > 0) ratios.push(hi / lo);
  }
  const out: string[] = [];
  const least = Math.floor(Math.min(...ratios));
  if (ratios.length && least >= 2) {
    out.push(`Each side’s count of the other’s dead is at least ${TIMES[least] ?? `${least} times`} that side’s own figure.`);
  }
  if (clauses.length) out.push(`In ${title(main)}, ${clauses.join('; ')}.`);
  // other episodes: a party's count beside an independent one, where both counted the same dead
  for (const episode of [...new Set(all.map((l) => l.episode))].filter((e) => e !== main)) {
    const inEp = all.filter((l) => l.episode === episode && killed(l));
    for (const block of [...new Set(inEp.map((l) => l.block))]) {
      const ls = inEp.filter((l) => l.block === block);
      const party = by(ls.filter((l) => toneOf(ctx, l.claimant) !== 'neutral'))[0];
      const monitor = documented(ls);
      if (!party || !monitor) continue;
      out.push(`In ${title(episode)}, ${says(party.claimant)} ${said(killed(party)!)} were killed and ${nameOf(ctx, monitor.claimant)} documented ${said(killed(monitor)!)}.`);
      break;
    }
  }
  out.push('None of the parties’ figures could be independently verified.');
  return out.join(' ');
}

export function notesFor(rows: ClaimRow[], ctx: Ctx): string[] {
  const notes = [
    'Each figure is attributed to whoever gave it. Figures from different claimants are never added together, and none is offered as the true number.',
    'One scale per column for the whole chart, bars and dots alike: further along always means a larger number. Each bar is a claimant’s latest figure; the dots below are the figures it replaced, in order.',
    'The bars give each claimant’s figures for an episode as a whole, a claim of none as a tick at zero; counts of one incident, place or day, and denials in a measure no one gave a number for (such as captures), are in the data table only.',
    'On phones, a name’s marker gives its status, a date after it its own day.',
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
