/**
 * Runs in /embed/<id>/: tells the host page how tall the chart is whenever that changes (load,
 * fonts, resize, a disclosure opened), in our own message format and in the dialects newsroom
 * CMSs already listen for: pym.js, Datawrapper, AMP and Embedly/Medium.
 */
const root = document.documentElement;
const id = root.dataset.embed ?? '';
const params = new URLSearchParams(location.search);
const pymId = params.get('childId') ?? id;
let last = -1;

function messages(height: number): unknown[] {
  return [
    { type: 'pa-explainer:height', id, height },
    `pymxPYMx${pymId}xPYMxheightxPYMx${height}`,
    { 'datawrapper-height': { [id]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
    JSON.stringify({ src: location.href, context: 'iframe.resize', height }),
  ];
}

function post(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  for (const m of messages(height)) window.parent.postMessage(m, '*');
}

// The observer's first callback comes after the first layout, so the height is first measured
// then, not by a forced layout while the page is still being parsed (Lighthouse: forced reflow).
// It also sees every later change of height, a font swapped in included. Not document.fonts.ready:
// reading it lays the page out at once (Blink updates style and layout to learn which fonts are
// pending), which ran before the chart face had arrived, so the chart's text was laid out in
// fallback faces (dozens of font lookups, each size a blocking call to the browser on Linux) and
// again when the face came in (scripts/bench/trace.ts: issue 16's paint ratio).
new ResizeObserver(post).observe(document.body);
document.addEventListener('toggle', post, true);
window.addEventListener('load', post);
// The host script asks again once it has started, in case it loaded after the first message.
window.addEventListener('message', (e) => { if (e.source === window.parent && e.data?.type === 'pa-explainer:ask') { last = -1; post(); } });

// An embed's page holds only the narrow artboard (src/components/Chart.astro): the wide one's empty
// place is shown by the stylesheet's container query where the frame is wide enough for it
// (global.css, the one place the breakpoint is written), and fetched once it is. Until then, and
// without scripts, the narrow one shows at every width (embed.css). The pages do the same with
// src/lib/charts/wideArt.ts; this copy also restores the marks' names, and sharing that module
// would cost every page and embed a chunk or its extra code.
const wide = document.querySelector<HTMLElement>('.chart-art--wide[data-src]');
if (wide) {
  new ResizeObserver(([{ contentRect }]) => {
    if (!contentRect.width || wide.dataset.state) return;
    wide.dataset.state = 'loading';
    fetch(wide.dataset.src!).then((r) => r.json()).then((d: { html: string; names?: 'narrow' }) => {
      wide.innerHTML = d.html;
      // wide.json leaves out a mark's name where the narrow mark of its tooltip row has the same (embedParts.ts)
      if (d.names === 'narrow') for (const mark of wide.querySelectorAll('[data-tip]:not([aria-label])')) {
        const label = wide.parentElement!.querySelector(`.chart-art--narrow [data-tip="${mark.getAttribute('data-tip')}"]`)?.getAttribute('aria-label');
        if (label) mark.setAttribute('aria-label', label);
      }
      wide.dataset.state = 'done';
    }, () => { delete wide.dataset.state; });
  }).observe(wide);
}
