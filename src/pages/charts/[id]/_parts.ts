/**
 * The parts a page leaves out of its chart (the wide artboard and the tooltip table), rendered once
 * per chart by the same Chart component with both artboards, so rows and marks match the page's.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from '../../../components/Chart.astro';
import { pagePartsOf } from '../../../lib/charts/pageParts';
import { chartById } from '../../../lib/charts/registry';

const rendered = new Map<string, Promise<{ wide: string; tips: string }>>();

export function pageParts(id: string): Promise<{ wide: string; tips: string }> {
  if (!rendered.has(id)) {
    rendered.set(id, AstroContainer.create()
      // At the address of the page the chart is drawn for, as the page renders it.
      .then((c) => c.renderToString(Chart, { props: { id, context: 'page-both-artboards' }, request: new Request(new URL(chartById(id).page ?? '/charts/', 'http://localhost/')) }))
      .then((html) => pagePartsOf(html, id)));
  }
  return rendered.get(id)!;
}
