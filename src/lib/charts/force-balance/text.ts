/** The chart's words: value labels, the finding, the notes and the data table. */
import { formatQuantity } from '../../viz/format.ts';
import { keep, type Span } from '../../viz/text.ts';
import { actorName } from '../sources.ts';
import type { ChartModel, ContentData } from '../types.ts';
import { SIDES, SIDE_LABELS, magnitude, type Force, type Row, type Selection, type Side } from './select.ts';

/** A figure as written: "more than 400", or a source's none with its words, "none (“no fighter jets”)". */
export const valueText = (f: Force) => (f.value === 0 ? `none (“${f.quoteForm ?? '0'}”)` : formatQuantity(f.value, f.qualifier));

/** A figure as a label: a number stays on one line; a none's words may wrap after "none". */
export const valueSpan = (f: Force): Span => ({ text: f.value === 0 ? valueText(f) : keep(valueText(f)), cls: 'value' });

/** Who estimated it and when, one unbreakable phrase: "IISS 2025". */
export const byText = (f: Force, data: ContentData) => keep(`${actorName(data, f.estimatedBy.id)} ${f.asOf}`);

/** The pair's estimator when both figures are one estimator's for one year (written once for the pair). */
export const sharedBy = (fs: Force[], data: ContentData) => (new Set(fs.map((f) => byText(f, data))).size === 1 ? byText(fs[0], data) : undefined);

const and = (xs: string[], word = 'and') => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${word} ${xs.at(-1)}`);

/**
 * The finding, from the compared pairs: who has more, by whose estimates. What only one side has
 * a figure for is the factbox's own heading, right under it (and its text alternative), so the
 * finding stays short enough to print with the lead view; without a pair, it is the finding.
 */
export function summaryOf({ compared, single }: Selection, data: ContentData): string {
  const pk = SIDE_LABELS[SIDES[0]];
  const says = (f: Force) => (f.value === 0 ? 'none' : formatQuantity(f.value, f.qualifier));
  const pairs = compared.map((r) => `${says(r.estimates[0]!)} ${r.label.toLowerCase()} to ${says(r.estimates[1]!)}`);
  const larger = compared.every((r) => magnitude(r.estimates[0]!) > magnitude(r.estimates[1]!));
  // the estimators of what is compared (SIPRI's warheads are not, so it is not named here)
  const estimators = [...new Set(compared.flatMap((r) => r.estimates.map((f) => actorName(data, f!.estimatedBy.id))))];
  if (compared.length) return `${larger ? `${pk} has more wherever` : 'Where'} both sides have a figure: ${and(pairs)} (${and(estimators)} estimates).`;
  return SIDES.map((s, j) => {
    const lacking = single.filter((r) => !r.estimates[j]).map((r) => r.label.toLowerCase());
    return lacking.length ? `No source gives a ${SIDE_LABELS[s]} figure for ${and(lacking, 'or')}.` : '';
  }).filter(Boolean).join(' ');
}

/** The factbox's heading for the side that has the figures, and the line under it. */
export const factboxHeading = (side: Side) => `Where only ${SIDE_LABELS[side]} has a figure`;
export const factboxNone = (other: Side) => `No source gives a ${SIDE_LABELS[other]} estimate for these.`;

/** The factbox in words, its text alternative: "Where only Pakistan has a figure: armoured fighting vehicles, more than 6,000 (IISS 2025); …" */
export function factboxText(single: Row[], data: ContentData): string {
  return SIDES.map((side, j) => {
    const rows = single.filter((r) => r.estimates[j]);
    if (!rows.length) return '';
    const items = rows.map((r) => `${r.label.toLowerCase()}, ${valueText(r.estimates[j]!)} (${byText(r.estimates[j]!, data).replace(/\u00a0/g, ' ')})`);
    return `${factboxHeading(side)}: ${items.join('; ')}. ${factboxNone(SIDES[1 - j])}`;
  }).filter(Boolean).join(' ');
}

export const NOTES = [
  'Each pair of bars has its own scale, drawn to the same full length: the bars compare the two sides within a category, not categories with one another.',
  'Where one estimator gives both sides’ figures for a category, the pair is that estimator’s. A source’s statement that the Taliban have none of something is drawn as zero, with its words; “no estimate in the sources” means no source gives a figure. The condition of the Taliban’s aircraft is unknown.',
];

/** Exactly the rows the chart draws or lists, one per side and category. */
export function tableOf(rows: Row[], data: ContentData): ChartModel<unknown>['table'] {
  return {
    columns: ['Category', 'Side', 'Estimate', 'Estimated by', 'Year', 'Source'],
    rows: rows.flatMap((r) => SIDES.map((side, j) => {
      const f = r.estimates[j];
      return f
        ? [r.label, actorName(data, side), valueText(f), actorName(data, f.estimatedBy.id), String(f.asOf), f.source.id]
        : [r.label, actorName(data, side), 'No estimate in the sources', '', '', ''];
    })),
    records: rows.flatMap((r) => r.estimates.map((f) => (f ? { collection: 'forces' as const, id: f.id } : undefined))),
    linkColumn: 2,
  };
}
