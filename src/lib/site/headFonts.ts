/**
 * Which web fonts each surface links, and which it preloads: data, not head structure, so font
 * work (subsetting, per-surface CSS) changes this list and not the head component.
 */
export type HeadSurface = 'site' | 'article' | 'embed' | 'print';
/** `preload`: every file of the face, none, or those matching a filter (as Astro's <Font preload>). */
export interface HeadFont { cssVariable: '--font-serif-body' | '--font-sans-ui' | '--font-chart'; preload: boolean | { style?: 'normal' | 'italic'; weight?: string | number }[] }

export const HEAD_FONTS: Record<HeadSurface, HeadFont[]> = {
  // Claim, figure and reference pages show italic quotations on the first screen: preloaded.
  // Inter (navigation, labels, the record's table) is on every first screen too: preloaded, so it
  // is in before the first paint instead of being found in the stylesheet and swapped in late
  // (its fallback, Arial resized, is missing on Linux and Android: text reflowed, CLS 0.19 on a
  // claim page in Lighthouse).
  site: [{ cssVariable: '--font-serif-body', preload: true }, { cssVariable: '--font-sans-ui', preload: true }],
  // Articles set italic only in the notes at the end: not preloaded, fetched when the reader
  // scrolls near them (site.css defers laying out each note).
  article: [{ cssVariable: '--font-serif-body', preload: [{ style: 'normal' }] }, { cssVariable: '--font-sans-ui', preload: true }],
  // Embeds load only the chart face (CHART_FACE in fonts.mjs); titles use the reader's serif (src/styles/embed.css says why).
  embed: [{ cssVariable: '--font-chart', preload: true }],
  print: [{ cssVariable: '--font-serif-body', preload: true }, { cssVariable: '--font-sans-ui', preload: false }],
};
