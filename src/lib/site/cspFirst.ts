/**
 * Moves the page's CSP <meta> to the start of <head> (after <meta charset>, which must come first),
 * optionally rewriting its policy on the way (`policy`: the middleware keeps only the page's own
 * hashes, cspOwnHashes.ts). One match of the <meta> for both.
 */
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)("\s*\/?>)/i;

export function cspFirst(html: string, policy: (content: string) => string = (content) => content): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const charset = without.match(/<head[^>]*>\s*<meta charset="[^"]*"\s*\/?>/i);
  if (!charset) throw new Error('cspFirst: page has no <head> beginning with <meta charset>: the policy could not be put first');
  const at = charset.index! + charset[0].length;
  return without.slice(0, at) + meta[1] + policy(meta[2]) + meta[3] + without.slice(at);
}
