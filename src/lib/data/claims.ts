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
