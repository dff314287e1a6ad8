/**
 * militancy-deaths: deaths from militant violence in Pakistan per year, as each publisher counts
 * them. One panel per measure (attacks and security operations; attacks only) on one shared
 * vertical scale; one series per publisher within a panel, never merged or summed. The longest
 * yearly series is the hero, in colour; every other series is grey and named where it is drawn.
 * select.ts picks and classifies the records, layout.ts draws an artboard, labels.ts places the
 * text at the marks, text.ts writes the words.
 */
import { ARTBOARDS } from '../../viz/type.ts';
import { sourcesOf } from '../sources.ts';
import type { ChartModel, ContentData } from '../types.ts';
import { allMarks, layout, type Geometry } from './layout.ts';
import { type Classified, TIME_MEASURES, publisherOrder, selectRecords } from './select.ts';
import { notesOf, statusText, summaryOf, valueText, yearText } from './text.ts';

export type { Geometry, Mark, Panel } from './layout.ts';
export { allMarks, allText } from './layout.ts';

/** Height of the tallest panel's plot, per artboard. */
const TALLEST = { narrow: 250, wide: 240, full: 300 };
/**
 * The full-width desktop artboard: the grid's width (64rem less its padding) at one unit per px,
 * the two panels side by side, so chart text stays at the kit's one size.
 */
export const FULL_WIDTH = 960;

/** Every record the chart draws, in table order: panel by panel, publisher by publisher, year by year. */
export function plottedRecords(data: ContentData): Classified[] {
  const { time } = selectRecords(data);
  const publishers = publisherOrder(time);
  const order = (c: Classified) => [TIME_MEASURES.findIndex((m) => m === c.rec.measure), publishers.indexOf(c.publisherKey), c.rec.year, ['current', 'superseded', 'partial'].indexOf(c.state)];
  return [...time].sort((a, b) => {
    const [ra, rb] = [order(a), order(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return a.rec.id.localeCompare(b.rec.id);
  });
}

export function compute(data: ContentData): ChartModel<Geometry> {
  const plotted = plottedRecords(data);
  const layouts = {
    narrow: layout(ARTBOARDS.narrow, data, TALLEST.narrow),
    wide: { ...layout(ARTBOARDS.wide, data, TALLEST.wide), full: layout(FULL_WIDTH, data, TALLEST.full, [3, 2]) },
  };
  const drawn = new Set(allMarks(layouts.wide).map((m) => m.id));
  return {
    summary: summaryOf(data),
    layouts,
    table: {
      columns: ['Publisher', 'What is counted', 'Year', 'Deaths', 'Edition', 'Status', 'Source'],
      rows: plotted.map((c) => [c.name, c.rec.definition, yearText(c), valueText(c), c.rec.edition ?? '', statusText(c), c.rec.source.id]),
    },
    sources: sourcesOf(data, plotted.map((c) => c.rec.source.id)),
    // who counted, as the chart names them: "US State Department", not the United States; a news
    // organisation's own tally by the outlet, not "News reports"
    originators: [...new Set(plotted.map((c) => c.name))],
    notes: notesOf(data, drawn),
  };
}
