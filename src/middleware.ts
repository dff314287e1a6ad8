/**
 * Puts the Content-Security-Policy <meta> first in <head>, straight after <meta charset>.
 * Astro writes it with the bundled assets at the end of the head, but a <meta> policy governs
 * only what the parser meets after it: the theme script and the font styles before it would run
 * unchecked. The head itself is one component (src/components/head/Head.astro). On embeds it
 * also leaves out the hashes of inline code the embed does not hold (cspFirst.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { cspFirst, ownHashesOnly } from './lib/site/cspFirst.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = cspFirst(await response.text());
  // An embed's policy lists only its own inline code's hashes: every byte of an embed counts.
  return new Response(context.url.pathname.startsWith('/embed/') ? ownHashesOnly(html) : html, response);
});
