/** What a download says around the chart, taken from the chart's model (build-downloads.ts). */
export interface DownloadText {
  title: string;
  subtitle: string;
  /** "Sources: IISS, SIPRI": the one line under the plot. */
  sourceLine: string;
  credit: string;
  /** Summary, notes and every source in full: in the SVG's <desc>, not drawn. */
  desc: string;
}

/**
 * Runs inside the chart's embed page (page.evaluate): builds the standalone download SVG from the
 * wide artboard's lead view with every style inlined and fonts embedded, framed as a newsroom
 * posts a chart: title, subtitle, the chart, one source line and the credit. The text comes from
 * the model; only the drawn chart (and its computed styles) comes from the page. The full
 * provenance is in <desc>. Self-contained: no imports.
 */
export function composeDownloadSvg({ fonts, text }: { fonts: { sans: string; serif: string }; text: DownloadText }): { markup: string; width: number; height: number } {
  const NS = 'http://www.w3.org/2000/svg';
  const PAD = 20;
  const fig = document.querySelector('figure[data-chart]')!;
  const art = fig.querySelector('.chart-art--wide svg') as SVGSVGElement;
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/ ([;,.])/g, '$1').trim();
  const { title, subtitle, sourceLine, credit } = text;
  const [, , artW, artH] = art.getAttribute('viewBox')!.split(/\s+/).map(Number);
  const W = artW + 2 * PAD;
  const paper = '#ffffff';
  const ink = getComputedStyle(document.documentElement).getPropertyValue('--color-ink').trim() || '#1c1d21';
  const muted = getComputedStyle(document.documentElement).getPropertyValue('--color-muted').trim() || '#595b63';
  const SANS = 'Inter, system-ui, sans-serif';
  const SERIF = "'Source Serif 4', Georgia, serif";

  // Measuring text: a hidden SVG in the page, with the page's own fonts.
  const probe = document.createElementNS(NS, 'svg');
  probe.setAttribute('width', '0'); probe.setAttribute('height', '0');
  probe.style.position = 'absolute'; probe.style.visibility = 'hidden';
  document.body.append(probe);
  const sansFamily = getComputedStyle(art.querySelector('text') ?? document.body).fontFamily;
  const serifFamily = getComputedStyle(fig.querySelector('h1, h2, h3')!).fontFamily;
  function wrap(text: string, size: number, weight: number, serif: boolean, width: number): string[] {
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('font-size', String(size)); t.setAttribute('font-weight', String(weight));
    t.setAttribute('font-family', serif ? serifFamily : sansFamily);
    probe.append(t);
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      t.textContent = line ? `${line} ${word}` : word;
      if (t.getComputedTextLength() > width && line) { lines.push(line); line = word; } else line = t.textContent;
    }
    if (line) lines.push(line);
    t.remove();
    return lines;
  }

  // The chart with every computed style written out, so it renders the same anywhere.
  const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'paint-order', 'display', 'visibility'];
  const clone = art.cloneNode(true) as SVGSVGElement;
  const originals = [...art.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    const cs = getComputedStyle(el);
    const style = PROPS.map((p) => {
      let v = cs.getPropertyValue(p);
      if (p === 'font-family') v = /serif/i.test(v) && !/sans/i.test(v) ? SERIF : SANS;
      return v && v !== 'normal' && v !== 'none' || p === 'fill' || p === 'stroke' ? `${p}:${v}` : '';
    }).filter(Boolean).join(';');
    copy.setAttribute('style', style.replace(/url\("?(#[^")]+)"?\)/g, 'url($1)'));
    for (const a of [...copy.attributes]) if (a.name === 'class' || a.name === 'tabindex' || a.name.startsWith('data-') || a.name.startsWith('aria-')) copy.removeAttribute(a.name);
  });

  const out: string[] = [];
  let y = PAD;
  const textLines = (lines: string[], size: number, weight: number, fill: string, serif: boolean, lead: number) => {
    for (const l of lines) {
      y += lead;
      out.push(`<text x="${PAD}" y="${y}" font-family="${serif ? SERIF : SANS}" font-size="${size}" font-weight="${weight}" fill="${fill}">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`);
    }
  };
  textLines(wrap(title, 22, 650, true, W - 2 * PAD), 22, 650, ink, true, 26);
  textLines(wrap(subtitle, 14, 400, false, W - 2 * PAD), 14, 400, muted, false, 19);
  y += 16;
  const chartY = y;
  y += artH + 16;
  textLines(wrap(sourceLine, 13, 400, false, W - 2 * PAD), 13, 400, ink, false, 17);
  textLines(wrap(credit, 13, 600, false, W - 2 * PAD), 13, 600, muted, false, 17);
  const H = Math.ceil(y + PAD);
  probe.remove();

  clone.removeAttribute('width'); clone.removeAttribute('height'); clone.removeAttribute('role');
  clone.setAttribute('x', String(PAD)); clone.setAttribute('y', String(chartY));
  clone.setAttribute('width', String(artW)); clone.setAttribute('height', String(artH));
  const inner = new XMLSerializer().serializeToString(clone);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const markup = [
    `<svg xmlns="${NS}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="dl-title dl-desc">`,
    `<title id="dl-title">${esc(title)}</title>`,
    `<desc id="dl-desc">${esc(clean(text.desc))}</desc>`,
    `<style>@font-face{font-family:Inter;font-weight:100 900;src:url(data:font/woff2;base64,${fonts.sans}) format("woff2")}@font-face{font-family:'Source Serif 4';font-weight:200 900;src:url(data:font/woff2;base64,${fonts.serif}) format("woff2")}</style>`,
    `<rect width="${W}" height="${H}" fill="${paper}"/>`,
    ...out,
    inner,
    `</svg>`,
  ].join('\n');
  return { markup, width: W, height: H };
}
