import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { loadCollection } from '../../lib/data/collections.ts';
import { csvColumns, csvRow, publicRecord } from '../../lib/data/records.ts';
import { csvFromRecords } from '../../lib/data/csv.ts';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const rows = (await loadCollection(params.collection as CollectionName)).map((e) => csvRow(publicRecord(e.data)));
  const csv = csvFromRecords(rows, csvColumns(rows));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
