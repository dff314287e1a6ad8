/**
 * JSON-LD for /data/: a DataCatalog with one Dataset per collection (CSV and JSON distributions,
 * licence, temporal and spatial coverage, the sources its records draw on).
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { COLLECTION_SUMMARIES } from '../data/collections.ts';
import { collectReferences } from '../content/references.ts';
import { publisher } from './jsonld.ts';
import { LICENCE } from './meta.ts';
import { SITE_NAME } from './nav.ts';

type Entries = Record<CollectionName, { id: string; data: unknown }[]>;

/** Every date a record carries (ISO days, months, years), for the collection's temporal coverage. */
export function recordDates(r: Record<string, unknown>): string[] {
  const out: string[] = [];
  const visit = (key: string, v: unknown) => {
    if (typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && /date|start|end|asserted|through/i.test(key)) out.push(v);
    else if (typeof v === 'number' && /^(year|asOf)$/.test(key) && v > 1900 && v < 2100) out.push(String(v));
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, w] of Object.entries(v)) visit(k, w);
  };
  for (const [k, v] of Object.entries(r)) visit(k, v);
  return out;
}

/** ISO 8601 interval from the earliest to the latest date, or undefined when the records carry none. */
export function temporalCoverage(records: Record<string, unknown>[]): string | undefined {
  const dates = records.flatMap(recordDates).sort();
  return dates.length ? (dates[0] === dates.at(-1) ? dates[0] : `${dates[0]}/${dates.at(-1)}`) : undefined;
}

export function datasetJsonLd(all: Entries, site: URL | string, asOf: string): object[] {
  const abs = (p: string) => new URL(p, site).href;
  const sources = new Map(all.sources.map((s) => [s.id, s.data as { url?: string; title: string }]));
  const datasets = COLLECTIONS.map((name) => {
    const records = all[name].map((e) => e.data as Record<string, unknown>);
    const used = new Set<string>();
    for (const r of records) for (const { target } of collectReferences(r)) if (target.collection === 'sources') used.add(target.id);
    if (name === 'sources') for (const id of sources.keys()) used.add(id);
    const basedOn = [...used].sort().map((id) => sources.get(id)?.url).filter((u): u is string => !!u);
    const temporal = temporalCoverage(records);
    return {
      '@type': 'Dataset',
      '@id': abs(`/data/#${name}`),
      name: `${SITE_NAME}: ${name}`,
      description: `${COLLECTION_SUMMARIES[name]} ${all[name].length} records, each with its source; every field is documented on the open data page.`,
      url: abs(`/data/#${name}`),
      identifier: abs(`/data/${name}.json`),
      keywords: ['Pakistan', 'Afghanistan', 'Taliban', 'TTP', '2026 conflict', name],
      inLanguage: 'en-GB',
      isAccessibleForFree: true,
      license: LICENCE.url,
      creator: publisher(site),
      publisher: publisher(site),
      dateModified: asOf,
      ...(temporal ? { temporalCoverage: temporal } : {}),
      spatialCoverage: [
        { '@type': 'Place', name: 'Pakistan' },
        { '@type': 'Place', name: 'Afghanistan' },
      ],
      isBasedOn: basedOn,
      includedInDataCatalog: { '@type': 'DataCatalog', url: abs('/data/'), name: `${SITE_NAME}: open data` },
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: abs(`/data/${name}.csv`) },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: abs(`/data/${name}.json`) },
      ],
    };
  });
  return [
    { '@type': 'DataCatalog', name: `${SITE_NAME}: open data`, url: abs('/data/'), publisher: publisher(site), license: LICENCE.url, dataset: datasets.map((d) => ({ '@id': d['@id'] })) },
    ...datasets,
  ];
}
