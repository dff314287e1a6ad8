/**
 * Pages hold only each chart's narrow artboard, and an empty place of the wide one's size
 * (src/lib/charts/pageParts.ts). The stylesheet shows that place only where the chart is drawn wide
 * and scripts run (src/styles/deferred.css); once it is shown, its artboard is fetched into it.
 */
import { fillWideArtboards } from '../lib/charts/wideArt';

const shown = new ResizeObserver((entries) => {
  for (const { target, contentRect } of entries) {
    if (contentRect.width === 0) continue;
    shown.unobserve(target);
    // a failed fetch leaves data-state="failed": the stylesheet then shows the narrow artboard
    fillWideArtboards(target).catch(() => undefined);
  }
});
for (const place of document.querySelectorAll('.chart-art--wide[data-src]')) shown.observe(place);
