/** What every chart's compute step returns, whatever it draws. */
import type { z } from 'astro/zod';
import type { CollectionName, Schemas } from '../../schemas/index.ts';
import type { FigureCollection } from '../content/citations.ts';

/** Plain content records (no Astro entry wrapper), as charts and tests see them. */
export type ContentData = { [K in CollectionName]: z.infer<Schemas[K]>[] };

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

/** A content record with a page of its own (`figurePath`: /claims/<id>/, /figures/<collection>/<id>/). */
export interface RecordRef { collection: FigureCollection; id: string }

/** Exactly the rows a chart plots, as text, for the data table under it (and its CSV). */
export interface DataTable {
  columns: string[];
  rows: string[][];
  /**
   * The record each row shows, in row order: on the page its `linkColumn` cell (the figure) links
   * to the record's page. The CSV stays plain text.
   */
  records?: (RecordRef | undefined)[];
  linkColumn?: number;
}

/** The two artboards every chart is drawn at: phones, and everything wider. */
export const LAYOUTS = { narrow: 360, wide: 720 } as const;
export type Layout = keyof typeof LAYOUTS;

export interface ChartModel<G> {
  /** One sentence generated from the plotted data, read out as the chart's text alternative. */
  summary: string;
  /** Geometry per artboard: plain numbers and strings, ready for SVG. */
  layouts: Record<Layout, G & { width: number; height: number }>;
  table: DataTable;
  /** Exactly the sources of the plotted rows, in order of first use. */
  sources: SourceRef[];
  /** Caveats, in the chart's "Sources and notes". */
  notes: string[];
  /**
   * Who the figures come from originally (IISS, SIPRI, UNAMA, Pakistan's military), for the one
   * source line under the plot; the outlets that reported them are in `sources`. Defaults to the
   * sources' publishers.
   */
  originators?: string[];
}

export interface ChartDefinition<G = unknown> {
  /** Stable kebab-case id; it is the chart's URL. */
  id: string;
  title: string;
  subtitle: string;
  /** What the chart shows, for the gallery and embeds. */
  description: string;
  /** The page the chart belongs to. */
  page: string;
  compute(data: ContentData): ChartModel<G>;
}

/** Plain records from a validated content tree (as `loadContent` returns it), for tests and scripts. */
export function plainData(tree: Record<string, { data: unknown }[]>): ContentData {
  return Object.fromEntries(Object.entries(tree).map(([k, es]) => [k, es.map((e) => e.data)])) as unknown as ContentData;
}
