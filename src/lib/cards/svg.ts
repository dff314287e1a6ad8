/**
 * Social cards (1200×630, light theme) as SVG, rasterised to PNG after the build by
 * scripts/cards/. Pure: a card description in, SVG text out. Text is wrapped by an estimate of
 * the fonts' average widths (the rasteriser embeds the same fonts, so the estimate holds).
 */
import { CARD } from '../site/meta.ts';

export interface CardSpec {
  /** Empty on chart cards, which open with the chart's title. */
  kicker: string;
  title?: string;
  /** A figure card: the value, what it counts, the verbatim quote. */
  figure?: { value: string; what: string; quote: string };
  /**
   * A chart: the chart's lead view alone, as a PNG the downloads step renders (a site path), and
   * the view's size in CSS pixels. With `title` and no `kicker` text it is a chart card (the
   * chart's title, the whole view scaled to fit); on a page card it sits beside the title.
   */
  image?: { href: string; width: number; height: number; title?: string; more?: string };
  /** Subtitle or standfirst under the title (cards without a figure). */
  standfirst?: string;
  sourceLine: string;
  dataDate: string;
  credit: string;
}

const C = { paper: '#fbfaf7', ink: '#1c1d21', muted: '#595b63', rule: '#d9d6cf', accent: '#9c3d10', panel: '#f2efe8' };
export const CARD_FONTS = { sans: 'Inter', serif: 'Source Serif 4' } as const;
/** Static font files name each weight as its own family ("Inter SemiBold"); ask for that first. */
const WEIGHT_NAME: Record<number, string> = { 500: 'Medium', 600: 'SemiBold' };
const family = (f: keyof typeof CARD_FONTS, weight = 400) =>
  `font-family="${WEIGHT_NAME[weight] ? `${CARD_FONTS[f]} ${WEIGHT_NAME[weight]}, ` : ''}${CARD_FONTS[f]}" font-weight="${weight}"`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rough advance width of text in ems (Inter and Source Serif average ~0.5–0.55 em a character). */
export function textWidth(s: string, size: number, factor = 0.53, letterSpacing = 0): number {
  let w = (letterSpacing / size) * [...s].length;
  for (const ch of s) w += /[ilI.,:;'’!|]/.test(ch) ? 0.28 : /[mwMW]/.test(ch) ? 0.85 : /[A-Z0-9]/.test(ch) ? 0.64 : ch === ' ' ? 0.26 : factor;
  return w * size;
}

/** Greedy wrap into at most `maxLines` lines of `width`; the last line ends with … when text is cut. */
export function wrap(text: string, size: number, width: number, maxLines: number, letterSpacing = 0): string[] {
  const fits = (t: string) => textWidth(t, size, 0.53, letterSpacing) <= width;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (fits(next) || !line) { line = next; continue; }
    lines.push(line);
    line = words[i];
    if (lines.length === maxLines) { line = ''; break; }
  }
  if (line) lines.push(line);
  const shown = lines.slice(0, maxLines);
  const used = shown.join(' ').split(/\s+/).length;
  if (used < words.length) {
    let last = shown[shown.length - 1];
    while (!fits(`${last}…`) && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
    shown[shown.length - 1] = `${last.replace(/[,;:.\s–-]+$/, '')}…`;
  }
  return shown;
}

const text = (lines: string[], x: number, y: number, size: number, lh: number, attrs: string) =>
  lines.map((l, i) => `<text x="${x}" y="${y + i * lh}" font-size="${size}" ${attrs}>${esc(l)}</text>`).join('');

/** Where the chart goes on a card: the box it is scaled into (never cropped) and the title's lines and column. */
export interface CardChartLayout { mode: 'stacked' | 'side'; x: number; y: number; width: number; height: number; scale: number; titleLines: string[]; titleY: number; textWidth: number }

const M = 64;
/** The title's type: a chart card opens with the chart's title; a page card has a kicker above its own. */
const CARD_TITLE = { chart: { size: 42, lead: 50, y: 78 }, page: { size: 40, lead: 48, y: 128 } } as const;
/** The chart is never drawn larger than this (the PNG is rendered at 2×, so up to 2× stays sharp). */
const MAX_SCALE = 1.4;
/** A line of the chart's own title over it on a page card. */
const CHART_TITLE_H = 30;

/** Smallest chart text on a card, in card pixels (the card is shown at 1200 px and larger). */
export const CARD_MIN_TEXT = 12;
/** A part of a chart taller than this share of it is not worth the cut: the card shows it whole. */
const MOST_OF_IT = 0.8;
/** Room under a part of a chart for the line that sends readers to the whole chart. */
const MORE_H = 34;

/** The lowest a card's chart may reach, above the foot (whose source line may take two lines). */
export function chartBottom(sourceLine: string, more = false): number {
  return 548 - (wrap(sourceLine, 20, CARD.width - 2 * M, 2).length - 1) * 26 - 18 - (more ? MORE_H : 0);
}

/** The size, in card pixels, of a chart's smallest text (`minText`, view units) when a card draws the view `art`. */
export function cardTextPx(title: string, art: { width: number; height: number }, minText: number, sourceLine: string, more = false): number {
  return chartCardLayout(title, art, chartBottom(sourceLine, more)).scale * minText;
}

/**
 * How much of a view a chart card shows: all of it where its smallest text (`minText`, view
 * units) comes out at CARD_MIN_TEXT or more, else its top down to the lowest of `cuts` (heights
 * where a horizontal cut crosses no text or mark) that does, with room for a line sending
 * readers to the whole chart. A part that would keep most of the view (MOST_OF_IT) is not cut:
 * the view is shown whole, a little small. Returns the height to draw and its text size on the card.
 */
export function readableHeight(title: string, art: { width: number; height: number }, minText: number, cuts: number[], sourceLine: string): { height: number; textPx: number } {
  const px = (height: number, more: boolean) => cardTextPx(title, { width: art.width, height }, minText, sourceLine, more);
  if (px(art.height, false) >= CARD_MIN_TEXT) return { height: art.height, textPx: px(art.height, false) };
  const fit = [...cuts].filter((c) => c > 0 && c < art.height).sort((a, b) => b - a).find((c) => px(c, true) >= CARD_MIN_TEXT) ?? Math.min(...cuts.filter((c) => c > 0), art.height);
  // a view only just short of legible stays whole: cutting off its foot (a map's key) loses more than it gains
  if (fit > art.height * MOST_OF_IT) return { height: art.height, textPx: px(art.height, false) };
  return { height: fit, textPx: px(fit, true) };
}

/**
 * Where a card's title and chart go: the title across the top with the chart under it (wide
 * charts), or the title in a column beside the chart (tall ones), whichever draws the whole chart
 * larger. `chartTitle`: the chart carries a line of its own title above it.
 */
export function chartCardLayout(title: string, art: { width: number; height: number }, bottom: number, kind: keyof typeof CARD_TITLE = 'chart', chartTitle = false): CardChartLayout {
  const { width: W } = CARD;
  const t = CARD_TITLE[kind];
  const inner = W - 2 * M;
  const over = chartTitle ? CHART_TITLE_H : 0;
  const stackedTitle = wrap(title, t.size, inner, 2);
  const stackedTop = t.y + (stackedTitle.length - 1) * t.lead + 30 + over;
  const stackedScale = Math.min(inner / art.width, (bottom - stackedTop) / art.height, MAX_SCALE);
  const sideTop = 44 + over;
  const minColumn = 340;
  const sideScale = Math.min((inner - minColumn - 40) / art.width, (bottom - sideTop) / art.height, MAX_SCALE);
  if (stackedScale >= sideScale) {
    return { mode: 'stacked', x: M, y: stackedTop, width: art.width * stackedScale, height: art.height * stackedScale, scale: stackedScale, titleLines: stackedTitle, titleY: t.y, textWidth: inner };
  }
  const width = art.width * sideScale;
  const textWidth = inner - width - 40;
  const lines = wrap(title, t.size, textWidth, 6);
  // a short title beside a tall chart sits a little lower than the stacked one, level with the chart's top
  return { mode: 'side', x: W - M - width, y: sideTop, width, height: art.height * sideScale, scale: sideScale, titleLines: lines, titleY: t.y + (kind === 'chart' ? 18 : 0), textWidth };
}

export function cardSvg(c: CardSpec): string {
  const { width: W, height: H } = CARD;
  const inner = W - 2 * M;
  // the foot: one source line (two when long), then the data date and the credit
  const source = wrap(c.sourceLine, 20, inner, 2);
  const ruleY = 548 - (source.length - 1) * 26;
  const parts: string[] = [
    `<rect width="${W}" height="${H}" fill="${C.paper}"/>`,
    `<rect x="0" y="0" width="${W}" height="10" fill="${C.accent}"/>`,
  ];
  const image = (x: number, y: number, w: number, h: number) =>
    `<image x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" preserveAspectRatio="xMinYMin meet" href="${esc(c.image!.href)}"/>`;
  // a card with a chart: the chart's size decides where the title goes (before the downloads step
  // has rendered the chart and given its size, a 4:3 box holds its place)
  const layout = c.image && c.title && !c.figure
    ? chartCardLayout(c.title, c.image.width > 0 ? c.image : { width: 800, height: 600 }, ruleY - 18 - (c.image.more ? MORE_H : 0), c.kicker ? 'page' : 'chart', Boolean(c.kicker && c.image.title))
    : undefined;
  if (c.kicker) parts.push(text(wrap(c.kicker.toUpperCase(), 22, layout?.textWidth ?? inner, 1, 3), M, 74, 22, 0, `${family('sans', 600)} letter-spacing="1.5" fill="${C.accent}"`));
  let y = 132;
  if (c.figure) {
    const value = wrap(c.figure.value, 110, inner, 1);
    parts.push(text(value, M, y + 70, 110, 0, `${family('serif', 600)} fill="${C.ink}"`));
    y += 132;
    const what = wrap(c.figure.what, 34, inner, 2);
    parts.push(text(what, M, y, 34, 44, `${family('sans', 500)} fill="${C.ink}"`));
    y += what.length * 44 + 24;
    const quote = wrap(`“${c.figure.quote}”`, 27, inner - 28, Math.max(1, Math.min(3, Math.floor((520 - y) / 38))));
    parts.push(`<rect x="${M}" y="${y - 28}" width="5" height="${quote.length * 38}" fill="${C.rule}"/>`);
    parts.push(text(quote, M + 26, y, 27, 38, `${family('serif')} font-style="italic" fill="${C.ink}"`));
  } else if (layout) {
    // a chart card (the chart's title) or a page card (kicker and the page's title): the whole
    // chart scaled to fit, never cropped; on a page card under a line of its own title
    const t = CARD_TITLE[c.kicker ? 'page' : 'chart'];
    parts.push(text(layout.titleLines, M, layout.titleY, t.size, t.lead, `${family('serif', 600)} fill="${C.ink}"`));
    // beside a tall chart, the subtitle or standfirst fills the column under the title
    const top = layout.titleY + (layout.titleLines.length - 1) * t.lead + 46;
    const room = Math.floor((ruleY - 30 - top) / 32) + 1;
    if (layout.mode === 'side' && c.standfirst && room > 0) parts.push(text(wrap(c.standfirst, 24, layout.textWidth, Math.min(room, 6)), M, top, 24, 32, `${family('sans')} fill="${C.muted}"`));
    if (c.kicker && c.image!.title) parts.push(text(wrap(c.image!.title, 20, layout.width, 1), layout.x, layout.y - 12, 20, 0, `${family('sans', 600)} fill="${C.ink}"`));
    parts.push(image(layout.x, layout.y, layout.width, layout.height));
    // a part of the chart: where the rest is
    if (c.image!.more) parts.push(text(wrap(c.image!.more, 18, layout.width, 1), layout.x, layout.y + layout.height + 26, 18, 0, `${family('sans', 600)} fill="${C.accent}"`));
  } else {
    const title = wrap(c.title ?? '', 60, inner, 3);
    parts.push(text(title, M, y, 60, 70, `${family('serif', 600)} fill="${C.ink}"`));
    y += (title.length - 1) * 70 + 22;
    if (c.standfirst) {
      const sf = wrap(c.standfirst, 30, inner, 4);
      parts.push(text(sf, M, y + 40, 30, 42, `${family('serif')} fill="${C.muted}"`));
    }
  }
  parts.push(`<line x1="${M}" y1="${ruleY}" x2="${W - M}" y2="${ruleY}" stroke="${C.rule}" stroke-width="2"/>`);
  parts.push(text(source, M, ruleY + 34, 20, 26, `${family('sans')} fill="${C.muted}"`));
  parts.push(text([`Data as of ${c.dataDate}`], M, 612, 20, 0, `${family('sans', 600)} fill="${C.ink}"`));
  parts.push(`<text x="${W - M}" y="612" font-size="20" text-anchor="end" ${family('sans')} fill="${C.muted}">${esc(c.credit)}</text>`);
  // a chart not yet rendered: the spec rides along, so the downloads step can lay the card out again with the chart's size
  const awaiting = c.image && !(c.image.width > 0) ? `<!--${CARD_SPEC_MARK}${Buffer.from(JSON.stringify(c)).toString('base64')}-->` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${awaiting}${parts.join('')}</svg>\n`;
}

export const CARD_SPEC_MARK = 'card-spec:';

/** The spec a card source carries while its chart's size is unknown (`cardSvg`), or undefined. */
export function awaitingSpec(svg: string): CardSpec | undefined {
  const m = new RegExp(`<!--${CARD_SPEC_MARK}([A-Za-z0-9+/=]+)-->`).exec(svg);
  return m ? (JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')) as CardSpec) : undefined;
}
