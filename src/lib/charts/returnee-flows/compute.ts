/** returnee-flows: placeholder until the chart is drawn; replaced by the chart's own compute step. */
import { LAYOUTS, type ChartModel, type ContentData } from '../types.ts';

export type Geometry = Record<string, never>;

export function compute(_data: ContentData): ChartModel<Geometry> {
  return {
    summary: 'This chart is in preparation.',
    layouts: { narrow: { width: LAYOUTS.narrow, height: 40 }, wide: { width: LAYOUTS.wide, height: 40 } },
    table: { columns: [], rows: [] },
    sources: [],
    notes: [],
  };
}
