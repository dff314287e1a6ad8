/** Source of the site's own social card, used by pages without one of their own. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { pageCard } from '../../lib/cards/specs';
import { siteInformationDate } from '../../lib/data/collections';
import { SITE_NAME } from '../../lib/site/nav';
import { HOME_ID } from '../../lib/site/pages';

export const GET: APIRoute = async () => {
  const home = await getEntry('pages', HOME_ID);
  return pageCard({ kicker: SITE_NAME, title: home?.data.title ?? SITE_NAME, standfirst: home?.data.standfirst ?? '' }, [], await siteInformationDate());
};
