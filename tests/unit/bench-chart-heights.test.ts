/** `npm run bench` prints every chart's height at 375 px against its budget (issue 13). */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderChartHeights } from '../../scripts/bench/chart-heights.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { HEIGHT_BUDGET_375 } from '../../src/lib/viz/budgets.ts';
import * as budgets from '../../src/lib/viz/budgets.ts';

test('the report has a row per chart with lead, budget, verdict, every view and the embed; over budget reads NO', () => {
  const rows = CHARTS.map((c, i) => ({
    id: c.id, width: 375, lead: i === 0 ? 5000 : 300, budget: HEIGHT_BUDGET_375[c.id], withinBudget: i !== 0, secondBudget: null, secondWithin: null,
    views: [i === 0 ? 5000 : 300, 200], figure: 900, embedLead: 310, embedDocument: 1200,
  }));
  const lines = renderChartHeights(rows);
  expect(lines.join('\n')).toContain('Chart heights at 375 px');
  for (const c of CHARTS) {
    const line = lines.find((l) => l.trim().startsWith(c.id))!;
    expect(line, c.id).toBeDefined();
    expect(line).toContain(String(HEIGHT_BUDGET_375[c.id]));
    expect(line).toMatch(c.id === CHARTS[0].id ? /\bNO\b/ : /\byes\b/);
    expect(line).toContain('1200');
  }
  expect(renderChartHeights(null, 'boom').join('\n')).toContain('not measured: boom');
});

test('every chart has a height budget, and the bench runner prints the heights with its report', () => {
  for (const c of CHARTS) expect(HEIGHT_BUDGET_375[c.id], c.id).toBeGreaterThan(0);
  const runner = readFileSync('scripts/bench/run.ts', 'utf8');
  expect(runner).toMatch(/renderChartHeights\(/);
  expect(runner).toMatch(/chartHeightsFor\(browser/);
});

test('a second view with a budget (casualty claims’ running counts) is reported against it: over budget reads NO', () => {
  // (read from the module, so a kit without second-view budgets fails here rather than at import)
  const { SECOND_VIEW_BUDGET_375 } = budgets;
  expect(SECOND_VIEW_BUDGET_375?.['casualty-claims'], 'the running counts have a budget at 375 px').toBeLessThanOrEqual(450);
  const row = (second: number) => ({
    id: 'casualty-claims', width: 375, lead: 600, budget: 660, withinBudget: true,
    secondBudget: SECOND_VIEW_BUDGET_375['casualty-claims'], secondWithin: second <= SECOND_VIEW_BUDGET_375['casualty-claims'],
    views: [600, second], figure: 2000, embedLead: 600, embedDocument: 2100,
  });
  const over = renderChartHeights([row(1316)]).find((l) => l.trim().startsWith('casualty-claims'))!;
  expect(over).toMatch(/600\s+660\s+yes\s+1316\s+450\s+NO/);
  const within = renderChartHeights([row(430)]).find((l) => l.trim().startsWith('casualty-claims'))!;
  expect(within).toMatch(/430\s+450\s+yes/);
});
