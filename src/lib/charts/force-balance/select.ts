/**
 * Which force estimates the chart draws: per category, one figure per side (the latest, an exact
 * figure before a bound, a base report before other outlets), and where one estimator gives both
 * sides' figures for the same year, that estimator's pair, so a pair compares like with like.
 * A category is compared where both sides have a figure (a source's "none" is one: zero); where
 * only one side has, it goes to the factbox; a category nobody gave a figure for is left out.
 */
import { claimantTone, type Token } from '../../viz/palette.ts';
import type { ContentData } from '../types.ts';

export type Force = ContentData['forces'][number];

export const SIDES = ['pakistan-military', 'afghan-taliban-forces'] as const;
export type Side = (typeof SIDES)[number];
/** Short labels printed beside each bar, so the chart reads without colour. */
export const SIDE_LABELS: Record<Side, string> = { 'pakistan-military': 'Pakistan', 'afghan-taliban-forces': 'Taliban' };
export const sideTone = (side: Side): Token => claimantTone({ stance: 'party', country: side === 'pakistan-military' ? 'PK' : 'AF' });

export const CATEGORIES = [
  ['personnel-active', 'Active personnel'],
  ['combat-aircraft', 'Combat aircraft'],
  ['helicopters', 'Helicopters'],
  ['armoured-vehicles', 'Armoured fighting vehicles'],
  ['artillery', 'Artillery pieces'],
  ['nuclear-warheads', 'Nuclear warheads'],
] as const;

/** The number a figure is drawn at: a range's upper end. */
export const magnitude = (f: Force) => (Array.isArray(f.value) ? f.value[1] : f.value);
/** A floor ("at least", "more than"): drawn with the open-ended glyph. */
export const isOpen = (f: Force) => f.qualifier === 'more-than' || f.qualifier === 'at-least';

function ranked(forces: Force[], actor: string, category: string): Force[] {
  const rank = (f: Force) => [-f.asOf, f.qualifier === 'exact' ? 0 : 1, f.source.id.startsWith('report-') ? 0 : 1];
  return forces
    .filter((f) => f.actor.id === actor && f.category === category)
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return a.id.localeCompare(b.id);
    });
}

/** The estimate plotted for one side and category, or undefined when no source gives one. */
export const pickEstimate = (forces: Force[], actor: string, category: string): Force | undefined => ranked(forces, actor, category)[0];

/**
 * Both sides' estimates for a category. Where one estimator gives both sides' figures for the
 * latest year either side has, the pair is that estimator's (IISS's "more than 400" combat
 * aircraft beside its "no fighter jets", not an outlet's unattributed 465).
 */
export function pickPair(forces: Force[], category: string): (Force | undefined)[] {
  const best = SIDES.map((s) => pickEstimate(forces, s, category));
  if (!best.every(Boolean)) return best;
  const latest = Math.max(...best.map((f) => f!.asOf));
  const sameHand = (f: Force) => (g: Force) => g.estimatedBy.id === f.estimatedBy.id && g.asOf === f.asOf;
  const own = ranked(forces, SIDES[0], category).filter((f) => f.asOf === latest);
  for (const f of own) {
    const other = ranked(forces.filter(sameHand(f)), SIDES[1], category)[0];
    if (other) return [f, other];
  }
  return best;
}

export interface Row { category: string; label: string; estimates: (Force | undefined)[] }

export interface Selection {
  /** Every category with a figure, in chart order. */
  rows: Row[];
  /** Both sides have a figure: drawn as a pair of bars on one scale. */
  compared: Row[];
  /** One side has a figure: the factbox. */
  single: Row[];
  /** Every figure drawn or listed, in table order. */
  plotted: Force[];
}

export function selectRows(data: ContentData): Selection {
  const rows: Row[] = CATEGORIES.map(([category, label]) => ({ category, label, estimates: pickPair(data.forces, category) }))
    .filter((r) => r.estimates.some(Boolean));
  return {
    rows,
    compared: rows.filter((r) => r.estimates.every(Boolean)),
    single: rows.filter((r) => !r.estimates.every(Boolean)),
    plotted: rows.flatMap((r) => r.estimates.filter((f): f is Force => Boolean(f))),
  };
}
