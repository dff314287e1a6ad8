/** What every chart's compute step returns, whatever it draws. */
import type { z } from 'astro/zod';
import { buildSchemas, type CollectionName, type Schemas } from '../../schemas/index.ts';
import type { FigureCollection } from '../content/citations.ts';
import type { TipRows } from './tipTable.ts';

/** One record of collection K, as its schema parses it. */
export type ContentRecord<K extends CollectionName> = z.infer<Schemas[K]>;

/** Plain content records (no Astro entry wrapper), as charts and tests see them. */
export type ContentData = { [K in CollectionName]: ContentRecord<K>[] };

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

/** What every surface knows of a chart before it is drawn: its words and where it lives. */
export interface ChartInfo {
  /** Stable kebab-case id; it is the chart's URL. */
  id: string;
  title: string;
  subtitle: string;
  /** What the chart shows, for the gallery and embeds. */
  description: string;
  /** The page the chart belongs to. */
  page: string;
}

/** One artboard of geometry G, as compute lays it out and the chart's component draws it. */
export type Artboard<G> = ChartModel<G>['layouts'][Layout];

/** The props of every chart component: one artboard of its own chart's geometry. */
export interface ChartProps<G> { g: Artboard<G>; titleId: string; descId: string; tips: TipRows }

/** A chart component (src/components/charts/*.astro), drawing geometry G. */
export type ChartComponent<G> = (props: ChartProps<G>) => unknown;

/**
 * A chart as its module declares it (`defineChart`, ./define.ts): compute and the component that
 * draws what compute lays out share G, so a component of another geometry does not type-check.
 */
export interface ChartSpec<G> extends ChartInfo {
  compute(data: ContentData): ChartModel<G>;
  /**
   * The component, loaded on first draw: scripts and unit tests import the registry under plain
   * Node, which cannot load .astro files, and never draw. G is taken from compute alone, so a
   * mismatch is reported here, at the component.
   */
  component: () => Promise<{ default: ChartComponent<NoInfer<G>> }>;
}

/** Where a chart's model comes from: the content, and whether the model is kept (a build) or recomputed (the dev server). */
export interface ModelSource { data: () => Promise<ContentData>; once: boolean }

/**
 * A chart's model with the component that draws it. Their geometry type is hidden, not erased:
 * `draw` hands both to a function that works for any G, so nothing outside needs a cast.
 */
export interface ChartDrawing {
  model: ChartModel<unknown>;
  draw<R>(art: <G>(Art: ChartComponent<G>, layouts: ChartModel<G>['layouts']) => R): R;
}

/** A registered chart, whatever it draws (`defineChart` makes one). */
export interface ChartDefinition extends ChartInfo {
  /** A fresh model from the given content (tests and scripts). */
  compute(data: ContentData): ChartModel<unknown>;
  /** The model every surface draws: in a build, computed on the first call and kept. */
  model(source: ModelSource): Promise<ChartModel<unknown>>;
  /** `model` with this chart's component, for Chart.astro. */
  drawing(source: ModelSource): Promise<ChartDrawing>;
}

/** Builds content data one collection at a time; the list is checked complete by the type. */
export function byCollection(records: <K extends CollectionName>(collection: K) => ContentRecord<K>[]): ContentData {
  return {
    sources: records('sources'), actors: records('actors'), places: records('places'), events: records('events'),
    claims: records('claims'), forces: records('forces'), returnees: records('returnees'), militancy: records('militancy'),
    figures: records('figures'), glossary: records('glossary'),
  };
}

/**
 * Plain records from a content tree that loaded without problems (as `loadContent` returns it),
 * for tests and scripts. Each entry is parsed again from what its file says, by its collection's
 * schema, so its type is proven rather than asserted (the loader keeps parsed data untyped).
 */
export function plainData(tree: Record<CollectionName, readonly { raw: unknown }[]>): ContentData {
  const schemas: { [K in CollectionName]: z.ZodType<ContentRecord<K>> } = buildSchemas();
  return byCollection((k) => tree[k].map((e) => schemas[k].parse(e.raw)));
}
