/**
 * Astro writes into every page's CSP <meta> the hashes of every inline script and style of the
 * whole site (19 of them, 1 KB of random base64 that gzip cannot shrink, on every page). A page
 * needs only the hashes of its own inline scripts and styles: this keeps those and drops the rest.
 * It only removes sources from the policy, never adds one: anything the page runs inline is
 * hashed from the page's own text, so a page the policy allowed before is allowed the same.
 * The host's CSP header (src/lib/site/securityHeaders.mjs) is not changed.
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)("\s*\/?>)/i;
/** Inline elements a hash can allow: scripts that run (no src; classic or module) and <style> blocks. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash source of every inline script and style the page holds. */
export function inlineHashes(html: string): Set<string> {
  const out = new Set<string>();
  for (const [, tag, attrs, body] of html.matchAll(INLINE)) {
    if (tag.toLowerCase() === 'script') {
      if (/\bsrc\s*=/i.test(attrs)) continue;
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1].toLowerCase();
      if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    }
    out.add(sha256(body));
  }
  return out;
}

/** The page with its CSP <meta> holding only the hashes of the page's own inline scripts and styles. */
export function cspOwnHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const own = inlineHashes(html);
  const policy = meta[2].replace(/'sha256-[A-Za-z0-9+/=]+'\s*/g, (source) => (own.has(source.trim()) ? source : ''));
  return html.replace(CSP_META, (_, open: string, _policy: string, close: string) => open + policy.replace(/\s+(;|$)/g, '$1') + close);
}
