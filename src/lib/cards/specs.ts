/** What each social card shows, from the same notes, chart registry and pages as the site. */
import type { ChartDefinition } from '../charts/types.ts';
import type { FigureNote } from '../data/figureNotes.ts';
import { formatDate } from '../data/asOf.ts';
import { SITE_NAME } from '../site/nav.ts';
import type { CardSpec } from './svg.ts';
import { cardSvg } from './svg.ts';

const credit = SITE_NAME;
const svgResponse = (spec: CardSpec) => new Response(cardSvg(spec), { headers: { 'content-type': 'image/svg+xml' } });
/** A chart's PNG download, which the rasteriser inlines (1520 px wide). */
const chartPng = (id: string) => ({ href: `/charts/${id}.png`, width: 1520, height: 1000 });
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

export function chartCard(chart: ChartDefinition, sources: { publisher: string }[], asOf: string): Response {
  return svgResponse({
    kicker: 'Chart',
    image: chartPng(chart.id),
    sourceLine: `Sources: ${publishers(sources.map((s) => s.publisher))}`,
    dataDate: formatDate(asOf),
    credit,
  });
}

export function pageCard(p: { kicker: string; title: string; standfirst: string; chartId?: string }, sources: string[], asOf: string): Response {
  return svgResponse({
    kicker: p.kicker,
    title: p.title,
    standfirst: p.standfirst,
    image: p.chartId ? chartPng(p.chartId) : undefined,
    sourceLine: sources.length ? `Sources: ${publishers(sources)}` : 'Every figure attributed, with its source and a quotation',
    dataDate: formatDate(asOf),
    credit,
  });
}
