/**
 * The parts an embed's page leaves out (its wide artboard and tooltip table), rendered once per
 * chart by the same Chart component with both artboards, so rows and marks match the page.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from '../../../components/Chart.astro';
import { embedPartsOf } from '../../../lib/charts/embedParts';

const rendered = new Map<string, Promise<{ wide: string; tips: string }>>();

export function embedParts(id: string): Promise<{ wide: string; tips: string }> {
  if (!rendered.has(id)) {
    rendered.set(id, AstroContainer.create()
      .then((c) => c.renderToString(Chart, { props: { id, context: 'embed-both-artboards' } }))
      .then((html) => embedPartsOf(html, id)));
  }
  return rendered.get(id)!;
}
