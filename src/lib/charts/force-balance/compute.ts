/**
 * force-balance: Pakistan against the Taliban, one panel per category, each with its own scale
 * so the smaller side stays visible. One estimate per side and category is plotted: the most
 * recent, preferring an exact figure over a bound, then one from the base reports.
 */
import { scaleLinear } from 'd3-scale';
import { formatQuantity } from '../../data/quantity.ts';
import { actorName, sourceLabel, sourcesOf } from '../sources.ts';
import { LAYOUTS, type ChartModel, type ContentData, type Layout } from '../types.ts';

type Force = ContentData['forces'][number];

export const SIDES = ['pakistan-military', 'afghan-taliban-forces'] as const;
/** Short labels printed beside each bar, so the chart reads without colour. */
export const SIDE_LABELS: Record<(typeof SIDES)[number], string> = { 'pakistan-military': 'Pakistan', 'afghan-taliban-forces': 'Taliban' };
export const CATEGORIES = [
  ['personnel-active', 'Active personnel'],
  ['combat-aircraft', 'Combat aircraft'],
  ['helicopters', 'Helicopters'],
  ['armoured-vehicles', 'Armoured fighting vehicles'],
  ['artillery', 'Artillery pieces'],
  ['nuclear-warheads', 'Nuclear warheads'],
] as const;

const listText = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`);
const magnitude = (f: Force) => (Array.isArray(f.value) ? f.value[1] : f.value);

/** The estimate plotted for one side and category, or undefined when sources give none. */
export function pickEstimate(forces: Force[], actor: string, category: string): Force | undefined {
  const rank = (f: Force) => [
    -f.asOf,
    f.qualifier === 'exact' ? 0 : 1,
    f.source.id.startsWith('report-') ? 0 : 1,
  ];
  return forces
    .filter((f) => f.actor.id === actor && f.category === category)
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return a.id.localeCompare(b.id);
    })[0];
}

export interface Bar {
  side: (typeof SIDES)[number];
  sideLabel: string;
  /** Undefined: no estimate in the sources. */
  record?: { id: string; valueText: string; by: string; asOf: number; quote: string; source: string; sourceText: string; qualifier: string };
  y: number;
  width: number;
  labelX: number;
}

export interface Panel {
  category: string;
  label: string;
  y: number;
  bars: Bar[];
}

export interface ForceGeometry {
  panels: Panel[];
  sideLabelX: number;
  narrow: boolean;
  barHeight: number;
  plotX: number;
  plotWidth: number;
}

function layoutFor(layout: Layout, rows: { category: string; label: string; estimates: (Force | undefined)[] }[], data: ContentData): ForceGeometry & { width: number; height: number } {
  const width = LAYOUTS[layout];
  const narrow = layout === 'narrow';
  const sideLabelX = narrow ? 58 : 292; // right edge of the side labels
  const plotX = sideLabelX + 8;
  const plotWidth = (width - plotX) * (narrow ? 0.26 : 0.5);
  const barHeight = 22;
  const panelHeight = narrow ? 96 : 74;
  const panels: Panel[] = rows.map((row, i) => {
    const max = Math.max(...row.estimates.map((f) => (f ? magnitude(f) : 0)), 1);
    const x = scaleLinear().domain([0, max]).range([0, plotWidth]);
    const y = i * panelHeight + (narrow ? 22 : 6);
    return {
      category: row.category,
      label: row.label,
      y: i * panelHeight,
      bars: SIDES.map((side, j) => {
        const f = row.estimates[j];
        const w = f ? Math.max(2, x(magnitude(f))) : 0;
        return {
          side,
          sideLabel: SIDE_LABELS[side],
          y: y + j * (barHeight + 6),
          width: w,
          labelX: plotX + w + 6,
          record: f && {
            id: f.id,
            valueText: formatQuantity(f.value, f.qualifier),
            by: actorName(data, f.estimatedBy.id),
            asOf: f.asOf,
            quote: f.quote,
            source: f.source.id,
            sourceText: sourceLabel(data, f.source.id),
            qualifier: f.qualifier,
          },
        };
      }),
    };
  });
  return { panels, barHeight, plotX, plotWidth, sideLabelX, narrow, width, height: rows.length * panelHeight + 4 };
}

export function computeForceBalance(data: ContentData): ChartModel<ForceGeometry> {
  const rows = CATEGORIES.map(([category, label]) => ({
    category,
    label,
    estimates: SIDES.map((side) => pickEstimate(data.forces, side, category)),
  })).filter((r) => r.estimates.some(Boolean));
  const plotted = rows.flatMap((r) => r.estimates.filter((f): f is Force => Boolean(f)));
  const [pk, af] = SIDES.map((s) => SIDE_LABELS[s]);
  const both = rows.filter((r) => r.estimates.every(Boolean));
  const pkLarger = both.filter((r) => magnitude(r.estimates[0]!) > magnitude(r.estimates[1]!));
  const noTaliban = rows.filter((r) => !r.estimates[1]).map((r) => r.label.toLowerCase());
  const personnel = both.find((r) => r.category === 'personnel-active');
  const summary = [
    personnel
      ? `Active personnel: ${pk} ${formatQuantity(personnel.estimates[0]!.value, personnel.estimates[0]!.qualifier)}, ${af} ${formatQuantity(personnel.estimates[1]!.value, personnel.estimates[1]!.qualifier)}.`
      : '',
    `${pk}’s figure is the larger in ${pkLarger.length} of the ${both.length} categories with figures for both sides`,
    noTaliban.length ? `; the sources give no ${af} figure for ${listText(noTaliban)}.` : '.',
  ].join(' ').replace(' ;', ';').trim();
  return {
    summary,
    layouts: { narrow: layoutFor('narrow', rows, data), wide: layoutFor('wide', rows, data) },
    table: {
      columns: ['Category', 'Side', 'Estimate', 'Estimated by', 'Year', 'Source'],
      rows: rows.flatMap((r) => SIDES.map((side, j) => {
        const f = r.estimates[j];
        return f
          ? [r.label, actorName(data, side), formatQuantity(f.value, f.qualifier), actorName(data, f.estimatedBy.id), String(f.asOf), f.source.id]
          : [r.label, actorName(data, side), 'No estimate in sources', '', '', ''];
      })),
    },
    sources: sourcesOf(data, plotted.map((f) => f.source.id)),
    notes: [
      'Each category has its own scale, so bars compare the two sides within a category, not across categories.',
      'Estimates by the IISS and SIPRI as reported in news coverage; the condition of the Taliban’s aircraft is unknown.',
    ],
  };
}
