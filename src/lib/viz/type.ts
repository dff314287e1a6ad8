/**
 * Chart type sizes and artboards, one set for every chart. Artboards are drawn 1:1 or scaled
 * down a little, never up (global.css caps the SVG at its artboard width), so:
 * - narrow (phones, embeds): 320 units; a 320 px embed has ~296 px inside its padding, so text of
 *   13.5 units shows at >= 12.4 px;
 * - wide: 720 units, shown from a 640 px container (>= 12 px) and on A4 at ~680 px (>= 9.5 pt).
 */
export const ARTBOARDS = { narrow: 320, wide: 720 } as const;
export type Artboard = keyof typeof ARTBOARDS;

export const TYPE: { readonly size: number; readonly heading: number; readonly lh: number } = {
  /** Every label, value and note in a chart. */
  size: 13.5,
  /** Headings inside a chart (episodes, panels). */
  heading: 15,
  /** Line height for wrapped text. */
  lh: 17,
};

/** The smallest container each artboard is shown in (CSS container query and embed padding). */
export const MIN_SHOWN = { narrow: 296, wide: 640, print: 680 } as const;
