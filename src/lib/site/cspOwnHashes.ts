/**
 * Astro writes into every page's CSP <meta> the hashes of every inline script and style of the
 * whole site (19 of them, 1 KB of random base64 that gzip cannot shrink, on every page). A page
 * needs only the hashes of its own inline scripts and styles: this keeps those and drops the rest.
 * It only removes sources from the policy, never adds one: anything the page runs inline is
 * hashed from the page's own text, so a page the policy allowed before is allowed the same.
 * The host's CSP header (src/lib/site/securityHeaders.mjs) is not changed.
 */
import { createHash } from 'node:crypto';

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

/**
 * A CSP policy with only the hash sources of `html`'s own inline scripts and styles; for cspFirst,
 * which finds the page's policy and puts it first: `cspFirst(html, ownHashes(html))`.
 */
export function ownHashes(html: string): (policy: string) => string {
  const own = inlineHashes(html);
  return (policy) => policy.replace(/'sha256-[A-Za-z0-9+/=]+'\s*/g, (source) => (own.has(source.trim()) ? source : '')).replace(/\s+(;|$)/g, '$1');
}
