/** CSS classes of the militancy-deaths marks and text runs, shared by its components. */
import type { Mark } from './compute.ts';
import type { Part } from './labels.ts';

export const partClass: Record<Part['cls'], string | undefined> = {
  value: 'chart-label--strong md-value',
  'value-earlier': 'md-value md-value--earlier',
  strong: 'chart-label--strong',
  muted: 'chart-label--muted',
  plain: undefined,
};
/** Coordinates to 0.01 px in the markup. */
export const r = (n: number) => Math.round(n * 100) / 100;
export const markClass = (m: Mark) => `md-marker md-marker--${m.shape} md-tone-${m.tone} md-state-${m.state}`;
