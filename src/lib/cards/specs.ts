/** What each social card shows, from the same notes, chart registry and pages as the site. */
import type { ChartDefinition } from '../charts/types.ts';
import type { FigureNote } from '../data/figureNotes.ts';
import { formatDate } from '../data/asOf.ts';
import { SITE_NAME } from '../site/nav.ts';
import type { CardSpec } from './svg.ts';
import { cardSvg } from './svg.ts';

const credit = SITE_NAME;
export const svgResponse = (spec: CardSpec) => new Response(cardSvg(spec), { headers: { 'content-type': 'image/svg+xml' } });
/**
 * A chart's lead view alone, rendered by the downloads step for the cards (a 2× PNG the rasteriser
 * inlines, then removes); the size is the view's in CSS pixels where the caller knows it.
 */
export const chartArtPath = (id: string) => `/cards/art/${id}.png`;
const publishers = (names: string[]) => {
  const unique = [...new Set(names)];
  return unique.length > 3 ? `${unique.slice(0, 3).join('; ')} and ${unique.length - 3} more` : unique.join('; ');
};

export function figureCard(note: FigureNote, claimant: string, kind: string, asOf: string): Response {
  return svgResponse({
    kicker: `${kind} · ${claimant}`,
    figure: { value: note.valueText, what: note.what, quote: note.quote },
    sourceLine: `Source: ${note.source.publisher}, “${note.source.title}”, ${formatDate(note.source.date)}`,
    dataDate: formatDate(asOf),
    credit,
  });
}

/**
 * A chart's card: the chart's title, its lead view whole, one source line (the originators, as
 * under the chart) and the credit. Made by the downloads step, which knows the view's size.
 */
export function chartCardSpec(chart: Pick<ChartDefinition, 'id' | 'title' | 'subtitle'>, sourceLine: string, view: { width: number; height: number }, asOf: string): CardSpec {
  return {
    kicker: '',
    title: chart.title,
    standfirst: chart.subtitle,
    image: { href: chartArtPath(chart.id), ...view },
    sourceLine,
    dataDate: formatDate(asOf),
    credit,
  };
}

export function pageCard(p: { kicker: string; title: string; standfirst: string; chart?: { id: string; title: string } }, sources: string[], asOf: string): Response {
  return svgResponse({
    kicker: p.kicker,
    title: p.title,
    standfirst: p.standfirst,
    image: p.chart ? { href: chartArtPath(p.chart.id), width: 0, height: 0, title: p.chart.title } : undefined,
    sourceLine: sources.length ? `Sources: ${publishers(sources)}` : 'Every figure attributed, with its source and a quotation',
    dataDate: formatDate(asOf),
    credit,
  });
}
