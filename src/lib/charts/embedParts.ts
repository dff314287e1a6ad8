/**
 * An embed writes only its narrow artboard into the page; the wide one and the tooltip table are
 * JSON files beside it, fetched by the frame's scripts when needed (src/pages/embed/[id]/).
 */
export type EmbedPart = 'wide' | 'tips';
export const embedPartPath = (id: string, part: EmbedPart) => `/embed/${id}/${part}.json`;

/** The wide artboard's markup and the tooltip table out of a chart rendered with both artboards inline (ChartFrame). */
export function embedPartsOf(html: string, id: string): { wide: string; tips: string } {
  const m = /<div class="chart-art--wide">([\s\S]*?)<\/div>\s*<script type="application\/json" class="chart-tips">([\s\S]*?)<\/script>/.exec(html);
  if (!m || !m[1].includes('<svg')) throw new Error(`chart "${id}": no wide artboard and tooltip table in its rendered frame`);
  return { wide: m[1], tips: m[2] };
}
