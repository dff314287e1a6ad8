/** The project's content as the charts read it, loaded and checked once per test file. */
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

export async function projectData(): Promise<ContentData> {
  const { tree, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  return plainData(tree);
}

/** A label's spans as one string, with the no-break spaces read as spaces. */
export const spansText = (spans: { text: string }[]) => spans.map((s) => s.text).join('').replace(/\u00a0/g, ' ');
