/** Moves the page's CSP <meta> to the start of <head> (after <meta charset>, which must come first). */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;

export function cspFirst(html: string): string {
  const meta = html.match(CSP_META)?.[0];
  if (!meta) return html;
  const without = html.replace(meta, '');
  const charset = without.match(/<head[^>]*>\s*<meta charset="[^"]*"\s*\/?>/i);
  if (!charset) throw new Error('cspFirst: page has no <head> beginning with <meta charset>: the policy could not be put first');
  const at = charset.index! + charset[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}
