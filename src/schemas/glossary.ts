import { z } from 'astro/zod';
import { Id, Label, Text } from './common.ts';

export const makeGlossarySchema = () =>
  z.strictObject({
    /** Stable kebab-case id; the term's anchor on /glossary/ (`/glossary/#ttp`). */
    id: Id,
    /** The term as readers meet it: "TTP", "Durand Line". */
    term: Label(2, 40),
    /** What an abbreviation stands for, when it is one. */
    expansion: Label(3, 100).optional(),
    /** One to three neutral sentences of our own. */
    definition: z.string().min(20).max(600),
    /**
     * Exact spellings linked to the entry at their first use on each page; the term itself is
     * always included. Case-sensitive, matched as whole words.
     */
    matches: z.array(z.string().min(2)).default([]),
  });
export type GlossaryTerm = z.infer<ReturnType<typeof makeGlossarySchema>>;
