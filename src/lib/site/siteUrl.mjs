// @ts-check
/**
 * The public address of the site: one setting, the SITE_URL environment variable, read by
 * astro.config.mjs (Astro's `site`) and so by every canonical link, embed code, oEmbed document,
 * citation and PDF footer. Unset, it is the local address `npm start` serves.
 */

export const LOCAL_SITE = 'http://localhost:4321';

/** Addresses only the machine that built the site can reach. */
export const LOCAL_ADDRESS = /\bhttps?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)(?::\d+)?/i;

/**
 * SITE_URL, checked: an absolute http(s) address of a site's root (no path, query or fragment).
 * @param {string | undefined} value
 * @returns {string} the origin, e.g. "https://explainer.example.org"
 */
export function parseSiteUrl(value) {
  if (value === undefined || value.trim() === '') return LOCAL_SITE;
  let url;
  try { url = new URL(value.trim()); } catch {
    throw new Error(`SITE_URL="${value}" is not an address: set it to the public site's root, e.g. SITE_URL=https://explainer.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL="${value}" must start with https:// (or http://)`);
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`SITE_URL="${value}" must be the root of a site (like https://explainer.example.org): the site is built to be served at "/"`);
  }
  return url.origin;
}

/** @param {string} site */
export const isLocalSite = (site) => LOCAL_ADDRESS.test(site);

/** @param {NodeJS.ProcessEnv} [env] */
export const siteUrl = (env = process.env) => parseSiteUrl(env.SITE_URL);
