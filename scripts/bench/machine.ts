/** The machine the figures come from. */
import { cpus, totalmem, release, platform, availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';

export interface Machine {
  cpuModel: string; cores: number; memoryGiB: number; os: string;
  node: string; chromium: string | null; playwright: string | null; lighthouse: string | null;
  /** 1, 5 and 15 minute load averages when the benchmark started and ended (other work on the machine skews timings) */
  loadAverage: { start: number[]; end: number[] };
}

export const loadAverage = (): number[] => loadavg().map((x) => Math.round(x * 100) / 100);

function version(pkg: string): string | null {
  try { return (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version; } catch { return null; }
}

export function machineInfo(chromium: string | null, loadAtStart: number[]): Machine {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism?.() ?? cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    playwright: version('playwright-core'),
    lighthouse: version('lighthouse'),
    loadAverage: { start: loadAtStart, end: loadAverage() },
  };
}
