/** `defineChart`: how a chart module declares itself (see README, "How to add a chart"). */
import { appendFileSync } from 'node:fs';
import type { ChartDefinition, ChartModel, ChartSpec, ModelSource } from './types.ts';

/**
 * Declares a chart: its words, its compute and its component, which must draw the geometry compute
 * lays out. The result hides the geometry type, so the registry can list charts that draw different
 * things, and keeps the one model a build computes (every surface draws that one).
 */
export function defineChart<G>(spec: ChartSpec<G>): ChartDefinition {
  const compute: ChartSpec<G>['compute'] = (data) => {
    // `npm run build` and `npm run bench -- --scale` count every compute of a build, in every
    // process, here (tests/build/compute-once.test.ts, scripts/bench/scale-run.ts)
    if (process.env.CHART_COMPUTE_LOG) appendFileSync(process.env.CHART_COMPUTE_LOG, `${spec.id}\n`);
    return spec.compute(data);
  };
  let built: Promise<ChartModel<G>> | undefined;
  const fresh = async (source: ModelSource) => compute(await source.data());
  const model = (source: ModelSource) => (source.once ? (built ??= fresh(source)) : fresh(source));
  return {
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    description: spec.description,
    page: spec.page,
    compute,
    model,
    async drawing(source) {
      const [m, { default: Art }] = await Promise.all([model(source), spec.component()]);
      return { model: m, draw: (art) => art(Art, m.layouts) };
    },
  };
}
