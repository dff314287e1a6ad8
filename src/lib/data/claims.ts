/** Selections over casualty claims (pure: plain records in, plain records out). */
interface ClaimLike {
  id: string;
  claimant: { id: string };
  counted: string;
  episode: { id: string };
  asserted: string;
  supersedes?: { id: string };
}

/**
 * The current claims of one episode for one measure: those no later claim supersedes. Ordered by
 * claimant id, then by date asserted, so each claimant's figures sit together.
 */
export function currentClaims<T extends ClaimLike>(claims: T[], episode: string, counted: string): T[] {
  const inScope = claims.filter((c) => c.episode.id === episode && c.counted === counted);
  const replaced = new Set(inScope.flatMap((c) => (c.supersedes ? [c.supersedes.id] : [])));
  return inScope
    .filter((c) => !replaced.has(c.id))
    .sort((a, b) => a.claimant.id.localeCompare(b.claimant.id) || a.asserted.localeCompare(b.asserted) || a.id.localeCompare(b.id));
}

interface Sided extends ClaimLike { side: string }

/**
 * One claim per (claimant's side, whose losses): the most recently asserted. `sideOf` maps a
 * claimant to the side it speaks for (a country code, or its own id for a monitor), so Pakistan's
 * government and military count as one voice, as do Kabul's ministries.
 */
export function headlineClaims<T extends Sided>(claims: T[], sideOf: (claimantId: string) => string): T[] {
  const latest = new Map<string, T>();
  for (const c of claims) {
    const key = `${sideOf(c.claimant.id)}→${c.side}`;
    const held = latest.get(key);
    if (!held || c.asserted > held.asserted || (c.asserted === held.asserted && c.id > held.id)) latest.set(key, c);
  }
  return [...latest.values()].sort((a, b) => sideOf(a.claimant.id).localeCompare(sideOf(b.claimant.id)) || a.side.localeCompare(b.side));
}

interface Comparable extends Sided { group: string; incident?: string }

/**
 * Toll cards that compare like with like: for each measure already chosen (`claims` are the
 * current claims of one episode and one measure), one figure per voice, whose losses and which
 * group (forces, civilians...), the most recently asserted. Incident figures (one strike, one
 * outpost) and combined figures for both sides are left out: they are not anyone's total.
 */
export function likeForLike<T extends Comparable>(claims: T[], sideOf: (claimantId: string) => string): T[] {
  const totals = claims.filter((c) => !c.incident && c.side !== 'both');
  const latest = new Map<string, T>();
  for (const c of totals) {
    const key = `${sideOf(c.claimant.id)}→${c.side}→${c.group === 'forces-and-militants' ? 'forces' : c.group}`;
    const held = latest.get(key);
    if (!held || c.asserted > held.asserted || (c.asserted === held.asserted && c.id > held.id)) latest.set(key, c);
  }
  return [...latest.values()].sort(
    (a, b) => sideOf(a.claimant.id).localeCompare(sideOf(b.claimant.id)) || a.side.localeCompare(b.side) || a.group.localeCompare(b.group),
  );
}
