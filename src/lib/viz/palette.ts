/**
 * Colour by meaning. Charts name a token; CSS (src/styles/charts/kit.css) gives each token its
 * colour in the light and dark themes and on paper. The two sides' colours are reserved: only
 * marks that speak for Pakistan's state or for the Taliban authorities use them. Publishers,
 * agencies, monitors and any other series use the `series-*` family or neutrals.
 */
export type SideToken = 'side-pk' | 'side-af';
export type SeriesToken = 'series-a' | 'series-b' | 'series-c';
export type Token = SideToken | SeriesToken | 'neutral' | 'ink' | 'muted';

/** The class that sets `--viz-c` to a token's colour on a group or mark. */
export const toneClass = (t: Token) => `viz-tone--${t}`;

/** Who gives a figure: a party of Pakistan, a party of Afghanistan's Taliban authorities, or anyone else. */
export function claimantTone(actor: { stance: string; country?: string }): Token {
  if (actor.stance === 'party' && actor.country === 'PK') return 'side-pk';
  if (actor.stance === 'party' && actor.country === 'AF') return 'side-af';
  return 'neutral';
}

/** Series that are not sides (publishers, origins, definitions): in this order, never a side colour. */
export const SERIES: SeriesToken[] = ['series-a', 'series-b', 'series-c'];
