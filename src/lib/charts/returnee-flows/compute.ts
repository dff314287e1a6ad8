/**
 * returnee-flows: Afghans returning from Pakistan and from Iran. The lead is one consistent
 * series per origin (lead.ts) as a line over time with the repatriation plan's milestones on the
 * axis; every other publisher's figure is a number box saying what it counts, or in the table.
 * Nothing is summed, stacked or joined across series or origins.
 */
import { formatDate } from '../../data/asOf.ts';
import { formatQuantity } from '../../data/quantity.ts';
import { ARTBOARDS } from '../../viz/type.ts';
import { actorName, sourcesOf } from '../sources.ts';
import type { ChartModel, ContentData } from '../types.ts';
import { boxRecords, leadSeries, ORIGINS } from './lead.ts';
import { ORIGIN_NAME, layout, type Geometry } from './layout.ts';
import { formatPeriod, periodPhrase } from './period.ts';
import {
  MEASURE_NOT_SHOWN, PANELS, SERIES_METHOD, SERIES_STYLE, andList, listText, selectMilestones, selectRecords, RANGE_START, type Exclusion,
} from './select.ts';

export type { Geometry } from './layout.ts';
export { selectRecords, selectMilestones } from './select.ts';

/** "UNHCR’s count", "OCHA’s and UNHCR’s counts": whose latest figures the summary gives. */
function counters(data: ContentData, lead: NonNullable<ReturnType<typeof leadSeries>>): string {
  const names = [...new Set(ORIGINS.map((o) => actorName(data, lead.points[o].at(-1)!.publisher.id)))];
  return names.length === 1 ? `${names[0]}’s count` : `${names.slice(0, -1).join(', ')}’s and ${names.at(-1)}’s counts`;
}

export function compute(data: ContentData): ChartModel<Geometry> {
  const { plotted, excluded } = selectRecords(data);
  const lead = leadSeries(plotted);
  const boxes = boxRecords(plotted, lead);
  const lastDay = plotted.map((r) => r.period.end!).sort().at(-1) ?? RANGE_START;
  const milestones = selectMilestones(data, RANGE_START, lastDay);
  const layouts = {
    narrow: layout(ARTBOARDS.narrow, data, lead, milestones, boxes),
    wide: layout(ARTBOARDS.wide, data, lead, milestones, boxes),
  };
  const inLead = new Set(lead ? [...lead.points.PK, ...lead.points.IR].map((r) => r.id) : []);
  const inBox = new Set(boxes.map((r) => r.id));

  const parts = lead ? ORIGINS.map((o) => {
    const r = lead.points[o].at(-1)!;
    return `${formatQuantity(r.value, r.qualifier)} from ${ORIGIN_NAME[o]} ${periodPhrase(r.period.start, r.period.end!)}`;
  }) : [];
  const summary = lead
    ? `By ${counters(data, lead)}, Afghans returned in record numbers in ${lead.start.slice(0, 4)}: ${parts.join(', and ')}. `
      + 'Other publishers count other things (border crossings, undocumented returnees only, or everyone since 2023); their figures are shown beside the lines and never added to them.'
    : 'No consistent series of returns covers both Pakistan and Iran.';

  const count = (reason: Exclusion['reason']) => excluded.filter((e) => e.reason === reason).length;
  // the plotted series in SERIES_STYLE's order (a plotted record gives each its type)
  const methods = Object.keys(SERIES_STYLE).flatMap((s) => plotted.find((r) => r.series === s)?.series ?? []).map((s) => SERIES_METHOD[s]).filter((m) => m !== undefined);
  const measuresNotShown = MEASURE_NOT_SHOWN.filter(([m]) => excluded.some((e) => e.reason === 'measure' && data.returnees.find((r) => r.id === e.id)?.measure === m)).map(([, words]) => words);
  const notShown = [
    andList(measuresNotShown),
    count('before-range') ? 'figures from before 2023' : '',
    count('undated') ? 'figures whose end date is not known' : '',
    count('duplicate') ? 'second reports of a figure already shown' : '',
  ].filter(Boolean);
  const notes = [
    lead ? `The lines are one series, ${SERIES_STYLE[lead.series].label}, counted from ${formatDate(lead.start)}: each point is a published running total, joined by a straight line only to guide the eye.` : '',
    `The series count different things: ${methods.join('; ')}. They are never added together; “Pakistan and Iran together” is a figure as published, not a sum.`,
    'Counts of a week or a month, and earlier figures of the same count, are in the data table.',
    notShown.length ? `Not shown: ${listText(notShown)}.` : '',
  ].filter(Boolean);

  return {
    summary,
    layouts,
    table: {
      columns: ['From', 'Series', 'Publisher', 'Figure', 'Period', 'In the chart', 'Source'],
      rows: plotted.map((r) => [
        PANELS.find((p) => p.origin === r.origin)!.country.replace(/^both countries$/, 'Pakistan and Iran'),
        SERIES_STYLE[r.series].label,
        actorName(data, r.publisher.id),
        formatQuantity(r.value, r.qualifier),
        `${formatPeriod(r.period.start, r.period.end!).replace(/^in /, '')}${r.cumulative ? ' (running total)' : ''}`,
        inLead.has(r.id) ? 'line' : inBox.has(r.id) ? 'number box' : 'table only',
        r.source.id,
      ]),
      records: plotted.map((r) => ({ collection: 'returnees' as const, id: r.id })),
      linkColumn: 3,
    },
    sources: sourcesOf(data, plotted.map((r) => r.source.id)),
    originators: [...new Set(plotted.map((r) => actorName(data, r.publisher.id)))],
    notes,
  };
}
