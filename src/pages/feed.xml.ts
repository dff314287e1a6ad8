/** `/feed.xml`: Atom feed of page updates, corrections and new or revised figures (see src/lib/site/changes.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { chartData } from '../lib/charts/contentData';
import { atomFeed, siteChanges } from '../lib/site/changes';
import { FEED_PATH, FEED_TITLE } from '../lib/site/meta';
import { HOME_ID } from '../lib/site/pages';
import { SITE_NAME } from '../lib/site/nav';

export const GET: APIRoute = async ({ site }) => {
  const pages = (await getCollection('pages')).filter((p) => p.id !== HOME_ID).map((p) => ({ id: p.id, title: p.data.title, changes: p.data.changes }));
  const entries = siteChanges(pages, await chartData(), site!);
  return new Response(atomFeed(entries, { site: site!, title: FEED_TITLE, author: SITE_NAME, selfPath: FEED_PATH }), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
