import { createHash } from 'node:crypto';

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

/**
 * The page's policy with only the hashes of inline code this page holds: Astro lists every hash
 * of the site on every page, 19 hashes (0.8 KB gzipped, hashes do not compress) where an embed
 * runs one script and one or two styles. Embeds only (securityHeaders.mjs: pages share one policy).
 */
export function ownHashesOnly(html: string): string {
  const meta = html.match(CSP_META)?.[0];
  if (!meta) return html;
  const own = new Set<string>();
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const attrs = m[2];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1].toLowerCase();
    if (m[1].toLowerCase() === 'script' && type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    own.add(`sha256-${createHash('sha256').update(m[3]).digest('base64')}`);
  }
  const trimmed = meta.replace(/\s*(?:'|&#39;)(sha256-[A-Za-z0-9+/=]+)(?:'|&#39;)/g, (whole, hash: string) => (own.has(hash) ? whole : ''));
  return html.replace(meta, trimmed);
}
