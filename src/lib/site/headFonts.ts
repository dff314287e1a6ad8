/**
 * Which web fonts each surface links, and which it preloads: data, not head structure, so font
 * work (subsetting, per-surface CSS) changes this list and not the head component.
 */
export type HeadSurface = 'site' | 'embed' | 'print';
export interface HeadFont { cssVariable: '--font-serif-body' | '--font-sans-ui' | '--font-chart'; preload: boolean }

export const HEAD_FONTS: Record<HeadSurface, HeadFont[]> = {
  site: [{ cssVariable: '--font-serif-body', preload: true }, { cssVariable: '--font-sans-ui', preload: false }],
  // Embeds load only the chart face (CHART_FACE in fonts.mjs); titles use the reader's serif (src/styles/embed.css says why).
  embed: [{ cssVariable: '--font-chart', preload: true }],
  print: [{ cssVariable: '--font-serif-body', preload: true }, { cssVariable: '--font-sans-ui', preload: false }],
};
