import { expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { fieldDocs } from '../../src/lib/data/fieldDocs.ts';

test.each(COLLECTIONS)('every field of %s has a doc comment for the data page', (name) => {
  const fields = fieldDocs(name);
  expect(fields.length).toBeGreaterThan(3);
  expect(fields.filter((f) => !f.doc).map((f) => f.name)).toEqual([]);
});

test('enumerations list their allowed values', () => {
  const status = fieldDocs('claims').find((f) => f.name === 'status');
  expect(status?.options).toEqual(['claimed', 'disputed', 'corroborated', 'unverifiable', 'documented']);
  expect(fieldDocs('claims').find((f) => f.name === 'speaker')?.required).toBe(false);
});
