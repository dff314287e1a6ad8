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
  image?: { href: string; width: number; height: number; title?: string };
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

/** Where the chart goes on a card: the box it is scaled into (never cropped) and the text column beside or above it. */
export interface CardChartLayout { mode: 'stacked' | 'side'; x: number; y: number; width: number; height: number; scale: number; titleLines: string[]; textWidth: number }

const M = 64;
const TITLE = { size: 42, lead: 50 };
/** The chart is never drawn larger than this (the PNG is rendered at 2×, so up to 2× stays sharp). */
const MAX_SCALE = 1.4;

/**
 * A chart card's layout: the title across the top with the chart under it (wide charts), or the
 * title in a column beside the chart (tall ones), whichever draws the whole chart larger.
 */
export function chartCardLayout(title: string, art: { width: number; height: number }, bottom: number): CardChartLayout {
  const { width: W } = CARD;
  const inner = W - 2 * M;
  const stackedTitle = wrap(title, TITLE.size, inner, 2);
  const stackedTop = 78 + (stackedTitle.length - 1) * TITLE.lead + 30;
  const stackedScale = Math.min(inner / art.width, (bottom - stackedTop) / art.height, MAX_SCALE);
  const sideTop = 44;
  const minColumn = 340;
  const sideScale = Math.min((inner - minColumn - 40) / art.width, (bottom - sideTop) / art.height, MAX_SCALE);
  if (stackedScale >= sideScale) {
    return { mode: 'stacked', x: M, y: stackedTop, width: art.width * stackedScale, height: art.height * stackedScale, scale: stackedScale, titleLines: stackedTitle, textWidth: inner };
  }
  const width = art.width * sideScale;
  const textWidth = inner - width - 40;
  return { mode: 'side', x: W - M - width, y: sideTop, width, height: art.height * sideScale, scale: sideScale, titleLines: wrap(title, TITLE.size, textWidth, 6), textWidth };
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
  // beside a page's chart, the kicker keeps to the title's column
  const PAGE_CHART_W = 470;
  const column = c.image && c.title && c.kicker ? inner - PAGE_CHART_W - 40 : inner;
  if (c.kicker) parts.push(text(wrap(c.kicker.toUpperCase(), 22, column, 1, 3), M, 74, 22, 0, `${family('sans', 600)} letter-spacing="1.5" fill="${C.accent}"`));
  const image = (x: number, y: number, w: number, h: number, align: string) =>
    `<image x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" preserveAspectRatio="${align} meet" href="${esc(c.image!.href)}"/>`;
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
  } else if (c.image && c.title && !c.kicker) {
    // a chart card: the chart's title and the whole chart, scaled to fit, never cropped
    const l = chartCardLayout(c.title, c.image, ruleY - 18);
    const titleY = l.mode === 'stacked' ? 78 : 96;
    parts.push(text(l.titleLines, M, titleY, TITLE.size, TITLE.lead, `${family('serif', 600)} fill="${C.ink}"`));
    // beside a tall chart, the subtitle fills the column under the title
    if (l.mode === 'side' && c.standfirst) {
      const top = titleY + (l.titleLines.length - 1) * TITLE.lead + 46;
      const sf = wrap(c.standfirst, 24, l.textWidth, Math.max(0, Math.floor((ruleY - 30 - top) / 32) + 1));
      parts.push(text(sf, M, top, 24, 32, `${family('sans')} fill="${C.muted}"`));
    }
    parts.push(image(l.x, l.y, l.width, l.height, 'xMinYMin'));
  } else if (c.image && c.title) {
    // a page card: kicker and title in a column, the page's chart beside them, whole
    const title = wrap(c.title, 46, column, 5);
    parts.push(text(title, M, y, 46, 56, `${family('serif', 600)} fill="${C.ink}"`));
    // the chart under its own title, so the card says what the bars or marks are
    const chartTitle = c.image.title ? wrap(c.image.title, 20, PAGE_CHART_W, 1) : [];
    if (chartTitle.length) parts.push(text(chartTitle, W - M - PAGE_CHART_W, 56, 20, 0, `${family('sans', 600)} fill="${C.ink}"`));
    const top = chartTitle.length ? 72 : 40;
    parts.push(image(W - M - PAGE_CHART_W, top, PAGE_CHART_W, ruleY - 18 - top, 'xMinYMin'));
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
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>\n`;
}
