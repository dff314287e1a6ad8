/**
 * Which web fonts each surface links, and which it preloads: data, not head structure, so font
 * work (subsetting, per-surface CSS) changes this list and not the head component.
 */
export type HeadSurface = 'site' | 'article' | 'embed' | 'print';
/** `preload`: every file of the face, none, or those matching a filter (as Astro's <Font preload>). */
export interface HeadFont { cssVariable: '--font-serif-body' | '--font-sans-ui' | '--font-chart'; preload: boolean | { style?: 'normal' | 'italic'; weight?: string | number }[] }

export const HEAD_FONTS: Record<HeadSurface, HeadFont[]> = {
  // Claim, figure and reference pages show italic quotations on the first screen: preloaded.
  site: [{ cssVariable: '--font-serif-body', preload: true }, { cssVariable: '--font-sans-ui', preload: false }],
  // Articles set italic only in the notes at the end: not preloaded, fetched when the reader
  // scrolls near them (site.css defers laying out each note).
  article: [{ cssVariable: '--font-serif-body', preload: [{ style: 'normal' }] }, { cssVariable: '--font-sans-ui', preload: false }],
  // Embeds load only the chart face (CHART_FACE in fonts.mjs); titles use the reader's serif (src/styles/embed.css says why).
  embed: [{ cssVariable: '--font-chart', preload: true }],
  print: [{ cssVariable: '--font-serif-body', preload: true }, { cssVariable: '--font-sans-ui', preload: false }],
};
