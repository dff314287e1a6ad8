/**
 * The site's content collections. Each is read from YAML under `content/` (or $CONTENT_ROOT,
 * which tests point at broken copies) and typed by the zod schemas in `src/schemas/`.
 * Links between collections use Astro's `reference()`; the loader also checks they resolve.
 */
import { defineCollection, reference } from 'astro:content';
import { makePageSchema } from './schemas/pages.ts';
import { buildSchemas, type RefFactory } from './schemas/index.ts';
import { pagesCollection, yamlCollection } from './lib/content/astroLoader.ts';

const root = process.env.CONTENT_ROOT ?? 'content';
const schemas = buildSchemas(reference as unknown as RefFactory);

export const collections = {
  sources: defineCollection({ loader: yamlCollection('sources', root), schema: schemas.sources }),
  actors: defineCollection({ loader: yamlCollection('actors', root), schema: schemas.actors }),
  places: defineCollection({ loader: yamlCollection('places', root), schema: schemas.places }),
  events: defineCollection({ loader: yamlCollection('events', root), schema: schemas.events }),
  claims: defineCollection({ loader: yamlCollection('claims', root), schema: schemas.claims }),
  forces: defineCollection({ loader: yamlCollection('forces', root), schema: schemas.forces }),
  returnees: defineCollection({ loader: yamlCollection('returnees', root), schema: schemas.returnees }),
  militancy: defineCollection({ loader: yamlCollection('militancy', root), schema: schemas.militancy }),
  figures: defineCollection({ loader: yamlCollection('figures', root), schema: schemas.figures }),
  glossary: defineCollection({ loader: yamlCollection('glossary', root), schema: schemas.glossary }),
  /** The explainer pages: MDX prose whose figures come from the collections above. */
  pages: defineCollection({ loader: pagesCollection(root), schema: makePageSchema() }),
};
