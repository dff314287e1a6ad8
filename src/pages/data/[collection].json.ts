import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { COLLECTION_SUMMARIES, loadCollection } from '../../lib/data/collections.ts';
import { publicRecord } from '../../lib/data/records.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.collection as CollectionName;
  const records = (await loadCollection(name)).map((e) => publicRecord(e.data));
  const body = {
    collection: name,
    description: COLLECTION_SUMMARIES[name],
    documentation: new URL('/data/', site).href,
    count: records.length,
    records,
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
