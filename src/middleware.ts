/**
 * Puts the Content-Security-Policy <meta> first in <head>, straight after <meta charset>.
 * Astro writes it with the bundled assets at the end of the head, but a <meta> policy governs
 * only what the parser meets after it: the theme script and the font styles before it would run
 * unchecked. The head itself is one component (src/components/head/Head.astro). The policy keeps
 * only the hashes of the page's own inline scripts and styles (cspOwnHashes.ts), rewritten in the
 * same pass that moves it.
 */
import { defineMiddleware } from 'astro:middleware';
import { cspFirst } from './lib/site/cspFirst.ts';
import { ownHashes } from './lib/site/cspOwnHashes.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(cspFirst(html, ownHashes(html)), response);
});
