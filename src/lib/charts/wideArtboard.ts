/**
 * An embed writes only its narrow artboard into the page; the wide one is a JSON file beside it,
 * fetched by the frame's script when the frame is wide enough to show it.
 */
export const wideArtboardPath = (id: string) => `/embed/${id}/wide.json`;

/** The wide artboard's markup out of a chart rendered with both artboards inline (ChartFrame). */
export function wideArtboardOf(html: string, id: string): string {
  const m = /<div class="chart-art--wide">([\s\S]*?)<\/div>\s*(?:<script type="application\/json" class="chart-tips">|<\/div>)/.exec(html);
  if (!m || !m[1].includes('<svg')) throw new Error(`chart "${id}": no wide artboard in its rendered frame`);
  return m[1];
}
