/**
 * The site's content collections. Each is read from YAML under `content/` (or $CONTENT_ROOT,
 * which tests point at broken copies) and typed by the zod schemas in `src/schemas/`.
 * Links between collections use Astro's `reference()`; the loader also checks they resolve.
 */
import { defineCollection, reference } from 'astro:content';
import { buildSchemas, type RefFactory } from './schemas/index.ts';
import { yamlCollection } from './lib/content/astroLoader.ts';

const root = process.env.CONTENT_ROOT ?? 'content';
const schemas = buildSchemas(reference as unknown as RefFactory);

const collection = <N extends keyof typeof schemas>(name: N) =>
  defineCollection({ loader: yamlCollection(name, root), schema: schemas[name] });

export const collections = {
  sources: collection('sources'),
  actors: collection('actors'),
  places: collection('places'),
  events: collection('events'),
  claims: collection('claims'),
  forces: collection('forces'),
  returnees: collection('returnees'),
  militancy: collection('militancy'),
  figures: collection('figures'),
};
