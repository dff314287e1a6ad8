/** `defineChart`: how a chart module declares itself (see README, "How to add a chart"). */
import type { ChartDefinition, ChartModel, ChartSpec, ModelSource } from './types.ts';

/**
 * Declares a chart: its words, its compute and its component, which must draw the geometry compute
 * lays out. The result hides the geometry type, so the registry can list charts that draw different
 * things, and keeps the one model a build computes (every surface draws that one).
 */
export function defineChart<G>(spec: ChartSpec<G>): ChartDefinition {
  let built: Promise<ChartModel<G>> | undefined;
  const fresh = async (source: ModelSource) => spec.compute(await source.data());
  const model = (source: ModelSource) => (source.once ? (built ??= fresh(source)) : fresh(source));
  return {
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    description: spec.description,
    page: spec.page,
    compute: (data) => spec.compute(data),
    model,
    async drawing(source) {
      const [m, { default: Art }] = await Promise.all([model(source), spec.component()]);
      return { model: m, draw: (art) => art(Art, m.layouts) };
    },
  };
}
