/** militancy-deaths key: the hero in colour, every other publisher by its grey shape, then what a dashed marker and the open-ended glyph mean. */
import { OPEN_END_TEXT, openEndUpPath } from '../../viz/glyph.ts';
import type { Token } from '../../viz/palette.ts';
import { spansWidth, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import type { Ctx } from './layout.ts';
import { NEWS_MEDIA, type Classified, type State } from './select.ts';
import { symbolPath, type Shape } from './symbols.ts';

const S = TYPE.size;
const LH = TYPE.lh;

/** A line of chart text at the kit's one size. */
export const line = (x: number, y: number, spans: Span[], anchor?: TextLine['anchor']): TextLine => ({ x, y, size: S, spans, anchor });
/** Coordinates to 0.1 unit in the markup. */
export const round = (n: number) => Math.round(n * 10) / 10;

export interface KeyItem { x: number; y: number; r: number; shape: Shape; path?: string; tone: Token; state: State; open?: string }

export /** Key rows: the hero in colour, every other publisher by its grey shape, then the states. */
function layoutKey(ctx: Ctx, time: Classified[], y0: number): { items: KeyItem[]; texts: TextLine[]; bottom: number } {
  const items: KeyItem[] = [];
  const texts: TextLine[] = [];
  const entries: { shape: Shape; tone: Token; state: State; hero: boolean; open?: boolean; spans: Span[] }[] = ctx.publishers.map((pk) => {
    const name = time.find((c) => c.publisherKey === pk)!.name;
    const hero = ctx.hero?.startsWith(`${pk}|`) ?? false;
    // a news organisation's own tally says so: it names no source
    const spans: Span[] = [{ text: name, cls: hero ? 'strong' : 'plain' }, ...(pk.startsWith(NEWS_MEDIA) ? [{ text: ' (names no source)', cls: 'muted' as const }] : [])];
    return { shape: hero ? 'circle' : ctx.shape(pk), tone: hero ? 'series-a' : 'muted', state: 'current', hero, spans };
  });
  if (time.some((c) => c.state === 'partial')) entries.push({ shape: 'circle', tone: 'muted', state: 'partial', hero: false, spans: [{ text: 'part of the year only', cls: 'muted' }] });
  if (time.some((c) => c.state !== 'superseded' && (c.rec.qualifier === 'at-least' || c.rec.qualifier === 'more-than'))) {
    entries.push({ shape: 'circle', tone: 'muted', state: 'current', hero: false, open: true, spans: [{ text: OPEN_END_TEXT, cls: 'muted' }] });
  }
  let x = 0;
  let y = y0;
  let rowH = LH;
  for (const e of entries) {
    const r = ctx.r(e.hero);
    const glyphW = 2 * r + 5;
    const lines = wrapSpans(e.spans, ctx.W - glyphW - 2, S);
    const w = glyphW + Math.max(...lines.map((l) => spansWidth(l, S)));
    if (x > 0 && x + w > ctx.W - 1) { x = 0; y += rowH + 2; rowH = LH; }
    const cy = y + S * 0.5;
    const [gx, gy] = [round(x + r), round(cy)];
    items.push({
      x: gx, y: gy, r, shape: e.shape, tone: e.tone, state: e.state,
      path: e.shape === 'circle' || e.open ? undefined : symbolPath(e.shape, gx, gy, r),
      // the open-ended glyph stands alone in the key, centred on the text
      open: e.open ? openEndUpPath(gx, round(cy + r + 6), r) : undefined,
    });
    lines.forEach((l, i) => texts.push(line(round(x + glyphW), round(cy + S * 0.35 + i * LH), l)));
    rowH = Math.max(rowH, lines.length * LH);
    x += w + 14;
  }
  return { items, texts, bottom: y + rowH };
}

