/**
 * JSON-LD (schema.org) for every page, as plain objects built from content. Pure: the site's
 * origin comes in as an argument. Every site URL in it (ids included) is a real page or anchor:
 * the link check reads them like any other link. Search engines' documented properties are tested in
 * tests/build/jsonld.test.ts.
 */
import { SITE_NAME } from './nav.ts';
import { LICENCE } from './meta.ts';

const abs = (path: string, site: URL | string) => new URL(path, site).href;

export function publisher(site: URL | string) {
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: abs('/', site),
    logo: { '@type': 'ImageObject', url: abs('/favicon.svg', site) },
  };
}

export function webSite(site: URL | string) {
  return {
    '@type': 'WebSite',
    name: SITE_NAME,
    url: abs('/', site),
    inLanguage: 'en-GB',
    publisher: publisher(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${abs('/search/', site)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** One JSON-LD block: a @graph of the page's objects; `<` escaped so the text cannot end the script element. */
export function jsonLdText(graph: object[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

export interface ArticleInput {
  path: string;
  headline: string;
  description: string;
  image: string;
  datePublished: string;
  dateModified: string;
  /** The date the information runs to. */
  dataDate: string;
  section?: string;
}

export function newsArticle(a: ArticleInput, site: URL | string) {
  return {
    '@type': 'NewsArticle',
    mainEntityOfPage: abs(a.path, site),
    url: abs(a.path, site),
    headline: a.headline.slice(0, 110),
    description: a.description,
    image: [abs(a.image, site)],
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    // schema.org has no "data as of" property: temporalCoverage states the span the facts run to.
    temporalCoverage: `../${a.dataDate}`,
    articleSection: a.section,
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    author: { '@type': 'Organization', name: SITE_NAME, url: abs('/', site) },
    publisher: publisher(site),
    license: LICENCE.url,
  };
}

/** A chart as an ImageObject (its PNG download), with the licence metadata image search reads. */
export function chartImage(c: { id: string; title: string; description: string; page: string }, site: URL | string) {
  return {
    '@type': 'ImageObject',
    '@id': abs(`${c.page}#${c.id}`, site),
    name: c.title,
    caption: c.description,
    contentUrl: abs(`/charts/${c.id}.png`, site),
    url: abs(`${c.page}#${c.id}`, site),
    encodingFormat: 'image/png',
    creator: { '@type': 'Organization', name: SITE_NAME },
    creditText: SITE_NAME,
    copyrightNotice: `${SITE_NAME}, ${LICENCE.name}`,
    license: LICENCE.url,
    acquireLicensePage: abs('/data/#licence', site),
  };
}
