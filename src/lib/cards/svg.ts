/**
 * Social cards (1200×630, light theme) as SVG, rasterised to PNG after the build by
 * scripts/cards/. Pure: a card description in, SVG text out. Text is wrapped by an estimate of
 * the fonts' average widths (the rasteriser embeds the same fonts, so the estimate holds).
 */
import { CARD } from '../site/meta.ts';

export interface CardSpec {
  kicker: string;
  /** Omitted on chart cards: the chart image carries its own title. */
  title?: string;
  /** A figure card: the value, what it counts, the verbatim quote. */
  figure?: { value: string; what: string; quote: string };
  /** A chart card: the chart's PNG (a site path) and its pixel size. */
  image?: { href: string; width: number; height: number };
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

export function cardSvg(c: CardSpec): string {
  const { width: W, height: H } = CARD;
  const M = 64;
  const inner = W - 2 * M;
  const parts: string[] = [
    `<rect width="${W}" height="${H}" fill="${C.paper}"/>`,
    `<rect x="0" y="0" width="${W}" height="10" fill="${C.accent}"/>`,
    text(wrap(c.kicker.toUpperCase(), 22, inner, 1, 3), M, 74, 22, 0, `${family('sans', 600)} letter-spacing="1.5" fill="${C.accent}"`),
  ];
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
  } else if (c.image && !c.title) {
    parts.push(`<image x="${M}" y="100" width="${inner}" height="430" preserveAspectRatio="xMidYMin slice" href="${esc(c.image.href)}"/>`);
  } else {
    const title = wrap(c.title ?? '', c.image ? 46 : 60, inner, c.image ? 2 : 3);
    const lh = c.image ? 54 : 70;
    parts.push(text(title, M, y, c.image ? 46 : 60, lh, `${family('serif', 600)} fill="${C.ink}"`));
    y += (title.length - 1) * lh + 22;
    if (c.image) {
      const boxY = y + 10;
      const boxH = 530 - boxY;
      parts.push(`<image x="${M}" y="${boxY}" width="${inner}" height="${boxH}" preserveAspectRatio="xMidYMin slice" href="${esc(c.image.href)}"/>`);
    } else if (c.standfirst) {
      const sf = wrap(c.standfirst, 30, inner, 4);
      parts.push(text(sf, M, y + 40, 30, 42, `${family('serif')} fill="${C.muted}"`));
    }
  }
  parts.push(`<line x1="${M}" y1="548" x2="${W - M}" y2="548" stroke="${C.rule}" stroke-width="2"/>`);
  parts.push(text(wrap(c.sourceLine, 20, inner, 1), M, 582, 20, 0, `${family('sans')} fill="${C.muted}"`));
  parts.push(text([`Data as of ${c.dataDate}`], M, 612, 20, 0, `${family('sans', 600)} fill="${C.ink}"`));
  parts.push(`<text x="${W - M}" y="612" font-size="20" text-anchor="end" ${family('sans')} fill="${C.muted}">${esc(c.credit)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>\n`;
}
