/** Who publishes the site and under which terms: used by social tags, JSON-LD, the feed and citations. */
import { SITE_NAME } from './nav.ts';

export const PUBLISHER = { name: SITE_NAME, url: '/' } as const;
/** The data and our own text are open under CC BY 4.0; quotations stay their publishers'. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = `${SITE_NAME}: changes and corrections`;
/** Social card size (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;
/** The card for pages without one of their own. */
export const DEFAULT_CARD = '/cards/home.png';
