/**
 * JSON-LD for a figure's page: a WebPage about a Quotation (the verbatim words, who said them,
 * the source they appear in), part of the collection's Dataset.
 */
import type { FigureView } from '../data/figureView.ts';
import { publisher } from './jsonld.ts';
import { LICENCE } from './meta.ts';

export function figureJsonLd(view: FigureView, site: URL | string, asOf: string, card: string): object[] {
  const url = new URL(view.path, site).href;
  const { note } = view;
  return [
    {
      '@type': 'WebPage',
      '@id': url,
      url,
      name: view.title,
      description: `${note.valueText}, ${note.what}; ${note.when}`,
      inLanguage: 'en-GB',
      dateModified: asOf,
      primaryImageOfPage: { '@type': 'ImageObject', url: new URL(card, site).href, width: 1200, height: 630 },
      isPartOf: { '@type': 'Dataset', '@id': new URL(`/data/#${view.collection}`, site).href },
      publisher: publisher(site),
      license: LICENCE.url,
      mainEntity: {
        '@type': 'Quotation',
        text: note.quote,
        creator: { '@type': 'Organization', name: view.claimant },
        ...(view.speaker ? { spokenByCharacter: { '@type': 'Person', name: view.speaker } } : {}),
        isBasedOn: {
          '@type': 'CreativeWork',
          name: note.source.title,
          publisher: { '@type': 'Organization', name: note.source.publisher },
          datePublished: note.source.date,
          ...(note.source.url ? { url: note.source.url } : {}),
        },
      },
    },
  ];
}
