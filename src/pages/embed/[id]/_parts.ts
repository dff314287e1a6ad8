/**
 * The parts an embed's page leaves out (its wide artboard and tooltip table), rendered once per
 * chart by the same Chart component with both artboards, so rows and marks match the page.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from '../../../components/Chart.astro';
import { embedPartsOf, type WidePart } from '../../../lib/charts/embedParts';

const rendered = new Map<string, Promise<{ wide: WidePart; tips: string }>>();

export function embedParts(id: string): Promise<{ wide: WidePart; tips: string }> {
  if (!rendered.has(id)) {
    rendered.set(id, AstroContainer.create()
      // At the embed's own address, so a component that draws differently in embeds (Astro.url) draws the embed's artboard.
      .then((c) => c.renderToString(Chart, { props: { id, context: 'embed-both-artboards' }, request: new Request(`http://localhost/embed/${id}/`) }))
      .then((html) => embedPartsOf(html, id)));
  }
  return rendered.get(id)!;
}
