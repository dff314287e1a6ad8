/**
 * Issue 13: a chart's model is computed once per build and shared by every surface (article,
 * gallery, embed, CSV, charts.json, downloads, PDF). `npm run build` logs every compute of any of
 * its steps (src/lib/charts/define.ts, scripts/build.ts); this reads that log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { COMPUTE_LOG } from '../../scripts/lib/build-state.ts';

test('the last build computed each chart’s model exactly once, across all its steps', () => {
  expect(existsSync(COMPUTE_LOG), `${COMPUTE_LOG} is missing: build with "npm run build"`).toBe(true);
  const counts: Record<string, number> = {};
  for (const id of readFileSync(COMPUTE_LOG, 'utf8').split('\n').filter(Boolean)) counts[id] = (counts[id] ?? 0) + 1;
  expect(counts).toEqual(Object.fromEntries(CHARTS.map((c) => [c.id, 1])));
});
