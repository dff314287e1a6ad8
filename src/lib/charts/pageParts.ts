/**
 * Pages, like embeds (embedParts.ts), write only a chart's narrow artboard into the HTML: the wide
 * artboard and the tooltip table are JSON files beside the chart's CSV (src/pages/charts/[id]/),
 * fetched by src/scripts/wide-art.ts when the chart is shown wide and by src/scripts/tips.ts on
 * the first hover or focus. A phone never downloads the artboard it does not show.
 */
/** `snippets`: the chart panel's embed and image-only code (src/components/ChartTools.astro). */
export type PagePart = 'wide' | 'tips' | 'snippets';
export const pagePartPath = (id: string, part: PagePart) => `/charts/${id}/${part}.json`;

/** The wide artboard's markup and the tooltip table out of a chart rendered with both artboards inline (ChartFrame). */
export function pagePartsOf(html: string, id: string): { wide: string; tips: string } {
  const m = /<div class="chart-art--wide">([\s\S]*?)<\/div>\s*<script type="application\/json" class="chart-tips">([\s\S]*?)<\/script>/.exec(html);
  if (!m || !m[1].includes('<svg')) throw new Error(`chart "${id}": no wide artboard and tooltip table in its rendered frame`);
  return { wide: m[1], tips: m[2] };
}

const ATTRS = ['class', 'viewBox', 'width', 'height'] as const;

/**
 * Empty SVGs with the boxes of the wide artboard's SVGs (same class, viewBox, width and height,
 * so the same rules size them): the page holds the wide artboard's place while it is fetched, and
 * nothing moves when it arrives.
 */
export function artboardPlaceholder(wide: string): string {
  return [...wide.matchAll(/<svg\b([^>]*)>/g)].map(([, attrs]) => {
    const kept = ATTRS.map((name) => new RegExp(`\\s${name}="[^"]*"`).exec(attrs)?.[0] ?? '').join('');
    return `<svg${kept} aria-hidden="true"></svg>`;
  }).join('');
}
