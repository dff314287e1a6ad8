/**
 * Fills a page's deferred wide artboards (ChartFrame `pageWideSrc`: an empty place with
 * `data-src`) from their JSON. The page's script calls it for a place when it is shown
 * (src/scripts/wide-art.ts); the PDF step calls it for every place before printing
 * (scripts/pdf/render.ts), and fails if one cannot be filled. Self-contained (no imports, no outer
 * variables): the PDF step passes this very function to Chromium (`page.evaluate`).
 * `data-state`: loading, done or failed (the stylesheet then shows the narrow artboard).
 */
export async function fillWideArtboards(only?: Element): Promise<number> {
  const places = only ? (only instanceof HTMLElement ? [only] : []) : [...document.querySelectorAll<HTMLElement>('.chart-art--wide[data-src]')];
  let filled = 0;
  await Promise.all(places.map(async (place) => {
    if (place.dataset.state === 'done') return;
    place.dataset.state = 'loading';
    try {
      const response = await fetch(place.dataset.src!);
      if (!response.ok) throw new Error(`${place.dataset.src}: HTTP ${response.status}`);
      const { html }: { html: unknown } = await response.json();
      if (typeof html !== 'string') throw new Error(`${place.dataset.src}: no artboard`);
      // another call may have filled it meanwhile (the page's own script, then the PDF step)
      if (place.dataset.state === 'done') return;
      place.innerHTML = html;
      place.dataset.state = 'done';
      filled++;
    } catch (e) {
      if (place.dataset.state !== 'done') place.dataset.state = 'failed';
      throw e;
    }
  }));
  return filled;
}
