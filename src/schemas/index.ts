/** Every data collection's schema, built with one kind of cross-collection reference. */
import { idReference, type RefFactory } from './common.ts';
export type { RefFactory } from './common.ts';
import { makeActorSchema } from './actors.ts';
import { makeClaimSchema } from './claims.ts';
import { makeEventSchema } from './events.ts';
import { makeFigureSchema } from './figures.ts';
import { makeGlossarySchema } from './glossary.ts';
import { makeForceSchema } from './forces.ts';
import { makeMilitancySchema } from './militancy.ts';
import { makePlaceSchema } from './places.ts';
import { makeReturneeSchema } from './returnees.ts';
import { makeSourceSchema } from './sources.ts';

export function buildSchemas(ref: RefFactory = idReference) {
  return {
    sources: makeSourceSchema(),
    actors: makeActorSchema(ref),
    places: makePlaceSchema(),
    events: makeEventSchema(ref),
    claims: makeClaimSchema(ref),
    forces: makeForceSchema(ref),
    returnees: makeReturneeSchema(ref),
    militancy: makeMilitancySchema(ref),
    figures: makeFigureSchema(ref),
    glossary: makeGlossarySchema(),
  };
}

export type Schemas = ReturnType<typeof buildSchemas>;
export type CollectionName = keyof Schemas;
export const COLLECTIONS = Object.keys(buildSchemas()) as CollectionName[];
