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
 * The shapes a download may take, width over height: the crops every social network and CMS
 * offers (16:9 for X, LinkedIn, Bluesky and article heads; 4:3; 1:1; 4:5, the tallest portrait
 * Instagram and Facebook feeds show uncropped). A download gets the one that needs the least
 * added paper; text is never scaled to reach it.
 */
export const ASPECTS = [
  { name: '16:9', ratio: 16 / 9 },
  { name: '4:3', ratio: 4 / 3 },
  { name: '1:1', ratio: 1 },
  { name: '4:5', ratio: 4 / 5 },
] as const;

/** The canvas for a block `w`×`h`: the standard aspect needing the least extra area. */
export function canvasFor(w: number, h: number): { width: number; height: number; aspect: string } {
  const fits = ASPECTS.map((a) => {
    const width = Math.max(w, Math.ceil(h * a.ratio));
    const height = Math.max(h, Math.ceil(width / a.ratio));
    return { width: Math.max(width, Math.ceil(height * a.ratio)), height, aspect: a.name };
  });
  return fits.sort((a, b) => a.width * a.height - b.width * b.height)[0];
}

/** The chart's lead view with its styles inline, and the site's ink and muted colours for the frame's text. */
export interface StyledView { markup: string; width: number; height: number; ink: string; muted: string }

/**
 * Runs in a blank page holding the chart's built wide artboard (dist/embed/<id>/wide.json) under
 * the chart's own stylesheet (page.evaluate): returns every view a reader sees at desktop width
 * (each SVG displayed: a chart's lead view and any second view, such as casualty claims' running
 * counts or returnee flows' other counts), with every computed style written inline, so they
 * render the same in any SVG reader. Self-contained: no imports.
 */
export function styledViews(): StyledView[] {
  const arts = [...document.querySelectorAll<SVGSVGElement>('.chart-art--wide > svg')].filter((s) => s.getClientRects().length > 0);
  if (!arts.length) throw new Error('downloads: the wide artboard shows no SVG');
  const SANS = 'Inter, system-ui, sans-serif';
  const SERIF = "'Source Serif 4', Georgia, serif";
  const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'paint-order', 'display', 'visibility'];
  const token = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
  return arts.map((art) => {
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
    for (const a of ['width', 'height', 'role', 'class', 'style']) clone.removeAttribute(a);
    for (const a of [...clone.attributes]) if (a.name.startsWith('aria-')) clone.removeAttribute(a.name);
    const [, , width, height] = art.getAttribute('viewBox')!.split(/\s+/).map(Number);
    return { markup: new XMLSerializer().serializeToString(clone), width, height, ink: token('--color-ink', '#1c1d21'), muted: token('--color-muted', '#595b63') };
  });
}

/** Space between two views. */
const VIEW_GAP = 40;

/**
 * The views as one drawing, text never scaled: one under the other, as a desktop reader sees
 * them (the download: a row of views would make the image so wide that a feed shrinks its text
 * below legibility), or side by side, tops aligned (a social card, a fixed landscape frame).
 * One view is returned as it is.
 */
export function combineViews(views: StyledView[], direction: 'column' | 'row' = 'column'): StyledView {
  if (views.length === 1) return views[0];
  let at = 0;
  const placed = views.map((v) => {
    const [x, y] = direction === 'row' ? [at, 0] : [0, at];
    at += (direction === 'row' ? v.width : v.height) + VIEW_GAP;
    return v.markup.replace(/^<svg\b/, `<svg x="${x}" y="${y}" width="${v.width}" height="${v.height}"`);
  });
  const across = (f: (v: StyledView) => number) => Math.max(...views.map(f));
  const width = direction === 'row' ? at - VIEW_GAP : across((v) => v.width);
  const height = direction === 'row' ? across((v) => v.height) : at - VIEW_GAP;
  return { ...views[0], markup: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${placed.join('')}</svg>`, width, height };
}

/** A run of text to wrap: its words, type and the width it may take. */
export interface WrapSpec { text: string; size: number; weight: number; serif: boolean; width: number }

/**
 * Runs in a page that has the download's fonts loaded (page.evaluate): wraps each text into lines
 * no wider than its width, measured in the page's real fonts. Self-contained: no imports.
 */
export async function wrapInPage(specs: WrapSpec[]): Promise<string[][]> {
  // a face not yet used on the page is not loaded: load each before measuring with it
  await Promise.all(specs.map((s) => document.fonts.load(`${s.weight} ${s.size}px ${s.serif ? "'Source Serif 4'" : 'Inter'}`)));
  const NS = 'http://www.w3.org/2000/svg';
  const probe = document.createElementNS(NS, 'svg');
  probe.setAttribute('width', '0'); probe.setAttribute('height', '0');
  probe.style.position = 'absolute'; probe.style.visibility = 'hidden';
  document.body.append(probe);
  const out = specs.map(({ text, size, weight, serif, width }) => {
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('font-size', String(size)); t.setAttribute('font-weight', String(weight));
    t.setAttribute('font-family', serif ? "'Source Serif 4'" : 'Inter');
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
  });
  probe.remove();
  return out;
}

/** The type of the frame: one title style (the site's chart title), chart-sized furniture. */
export const FRAME_TYPE = {
  title: { size: 22, weight: 600, serif: true, lead: 27, tone: 'ink' },
  subtitle: { size: 15, weight: 400, serif: false, lead: 20, tone: 'muted' },
  source: { size: 13.5, weight: 400, serif: false, lead: 18, tone: 'ink' },
  credit: { size: 13.5, weight: 600, serif: false, lead: 18, tone: 'muted' },
} as const;
type Role = keyof typeof FRAME_TYPE;

const PAD = 24;
const GAP = 18;
const SANS = 'Inter, system-ui, sans-serif';
const SERIF = "'Source Serif 4', Georgia, serif";
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** What to wrap for a view `width` units wide, in the order `frameDownloadSvg` takes the lines. */
export function frameSpecs(text: DownloadText, width: number): WrapSpec[] {
  const roles: [Role, string][] = [['title', text.title], ['subtitle', text.subtitle], ['source', text.sourceLine], ['credit', text.credit]];
  return roles.map(([role, t]) => ({ text: t, size: FRAME_TYPE[role].size, weight: FRAME_TYPE[role].weight, serif: FRAME_TYPE[role].serif, width }));
}

/**
 * The download: the styled view framed as a newsroom posts a chart (title, subtitle, the chart,
 * one source line and the credit) on a canvas of a standard aspect (`canvasFor`). Extra width
 * and extra height centre the block: title, chart, source line and credit stay together.
 */
export function frameDownloadSvg({ fonts, text, view, lines }: {
  fonts: { sans: string; serif: string };
  text: DownloadText;
  view: StyledView;
  /** `frameSpecs` wrapped (`wrapInPage`): title, subtitle, source line, credit. */
  lines: string[][];
}): { markup: string; width: number; height: number; aspect: string } {
  const [title, subtitle, source, credit] = lines;
  const head = [...title.map((l) => ['title', l] as const), ...subtitle.map((l) => ['subtitle', l] as const)];
  const foot = [...source.map((l) => ['source', l] as const), ...credit.map((l) => ['credit', l] as const)];
  const height = (ls: readonly (readonly [Role, string])[]) => ls.reduce((s, [r]) => s + FRAME_TYPE[r].lead, 0);
  const headH = height(head) + 6;
  const footH = height(foot) + 4;
  const blockW = view.width + 2 * PAD;
  const blockH = PAD + headH + GAP + view.height + GAP + footH + PAD;
  const { width: W, height: H, aspect } = canvasFor(blockW, blockH);
  const x0 = Math.round((W - blockW) / 2) + PAD;
  const out: string[] = [];
  const write = (ls: readonly (readonly [Role, string])[], top: number) => {
    let y = top;
    for (const [role, l] of ls) {
      const t = FRAME_TYPE[role];
      y += t.lead;
      out.push(`<text x="${x0}" y="${y - (t.lead - t.size) / 2 - 1}" font-family="${t.serif ? SERIF : SANS}" font-size="${t.size}" font-weight="${t.weight}" fill="${view[t.tone]}">${esc(l)}</text>`);
    }
  };
  // extra height goes above and below the whole block, so title, chart and source stay together
  const y0 = Math.round((H - blockH) / 2);
  write(head, y0 + PAD);
  const chartY = y0 + PAD + headH + GAP;
  write(foot, chartY + view.height + GAP);
  const chart = view.markup.replace(/^<svg\b/, `<svg x="${x0}" y="${chartY}" width="${view.width}" height="${view.height}"`);
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="dl-title dl-desc">`,
    `<title id="dl-title">${esc(text.title)}</title>`,
    `<desc id="dl-desc">${esc(text.desc.replace(/\s+/g, ' ').replace(/ ([;,.])/g, '$1').trim())}</desc>`,
    `<style>@font-face{font-family:Inter;font-weight:100 900;src:url(data:font/woff2;base64,${fonts.sans}) format("woff2")}@font-face{font-family:'Source Serif 4';font-weight:200 900;src:url(data:font/woff2;base64,${fonts.serif}) format("woff2")}</style>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...out,
    chart,
    `</svg>`,
  ].join('\n');
  return { markup, width: W, height: H, aspect };
}

const textOf = (v: StyledView) => [...v.markup.matchAll(/>([^<>]+)</g)].map((m) => m[1]).join(' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/**
 * The views a social card shows: the lead view alone when it already draws every originator the
 * source line names (a card is small, and the lead view is the chart's answer), else as many
 * views as it takes, so the card's source line holds for what it shows.
 */
export function cardViews(views: StyledView[], originators: string[]): StyledView[] {
  for (let k = 1; k < views.length; k++) {
    const drawn = views.slice(0, k).map(textOf).join(' ');
    if (originators.every((o) => drawn.includes(o))) return views.slice(0, k);
  }
  return views;
}

/**
 * Runs in a page holding one view's SVG alone, drawn at its own size (page.evaluate): its smallest
 * text size, and the heights (view units, ascending) where a horizontal cut crosses no text or
 * mark, with a little room, so a card can show the view's top part whole. Self-contained.
 */
export function cutsOf(): { minText: number; cuts: number[] } {
  const svg = document.querySelector('svg')!;
  const top = svg.getBoundingClientRect().top;
  const height = svg.viewBox.baseVal.height;
  const spans = [...svg.querySelectorAll('text, rect, path, line, circle, ellipse, polyline, polygon, image')]
    .map((el) => el.getBoundingClientRect())
    // (a rule down the whole view, or its background, does not stop a cut)
    .filter((r) => r.height < height * 0.5)
    .map((r) => [r.top - top, r.bottom - top] as const);
  const minText = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)));
  const cuts = [...new Set(spans.map(([, b]) => Math.ceil(b) + 3))]
    .filter((y) => y < height && !spans.some(([a, b]) => a < y + 2 && b > y - 3))
    .sort((a, b) => a - b);
  return { minText, cuts };
}

/** The view's top `height` units alone: the same drawing, its viewBox cut short. */
export function cropView(view: StyledView, height: number): StyledView {
  if (height >= view.height) return view;
  return { ...view, height, markup: view.markup.replace(/viewBox="0 0 ([\d.]+) [\d.]+"/, `viewBox="0 0 $1 ${height}"`) };
}

/** Runs in a page holding one view's SVG alone (page.evaluate): the text drawn above `height` (view units). Self-contained. */
export function textAbove(height: number): string {
  const svg = document.querySelector('svg')!;
  const top = svg.getBoundingClientRect().top;
  return [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().bottom - top <= height).map((t) => t.textContent ?? '').join(' ').replace(/\s+/g, ' ');
}
