/** `npm run serve`: the built site on http://localhost:4321 with the headers a static host would send. */
import { serveStatic } from './lib/static-server.ts';
import { incompleteBuild } from './lib/build-state.ts';

const incomplete = incompleteBuild('dist');
if (incomplete) {
  console.error(`npm run serve: ${incomplete}.`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4321);
const site = await serveStatic('dist', { host: 'localhost', port });
console.log(`Serving dist/ at ${site.url}/ (headers from dist/_headers). Ctrl+C stops.`);
