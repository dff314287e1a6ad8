/**
 * Where we stand: ten charting stacks were measured side by side with our embeds, once, by the same
 * method as this benchmark (Chromium, 4× CPU throttling, medians of 5 cold runs, gzip transfer of
 * every resource type). Those figures are constants: they are not re-measured on every run, but
 * printed beside ours so every run shows the comparison. Our rows in that table were the state
 * before issue 16 (web fonts made up 99.6 KB of each embed).
 */
export const PEER_SOURCE = 'issue 16, "Embeds weigh 114-133 KB" (one run, Chromium, 4x CPU throttling, medians of 5 runs, gzip transfer, all resource types)';

export interface PeerRow { page: string; totalKB: number; jsKB: number; paintedMs: number; mainThreadJsMs: number }

export const PEERS: readonly PeerRow[] = [
  { page: 'build-time SVG, no JS (the limit)', totalKB: 1.6, jsKB: 0, paintedMs: 248, mainThreadJsMs: 21 },
  { page: 'D3, 4 modules, drawn in the browser', totalKB: 18.4, jsKB: 17.6, paintedMs: 278, mainThreadJsMs: 54 },
  { page: 'Chart.js', totalKB: 72.9, jsKB: 72.1, paintedMs: 623, mainThreadJsMs: 318 },
  { page: 'Highcharts', totalKB: 106.3, jsKB: 105.5, paintedMs: 897, mainThreadJsMs: 686 },
  { page: 'our /embed/force-balance/ before issue 16', totalKB: 118.7, jsKB: 1.5, paintedMs: 423, mainThreadJsMs: 37 },
  { page: 'our /embed/casualty-claims/ before issue 16', totalKB: 133.0, jsKB: 1.5, paintedMs: 505, mainThreadJsMs: 30 },
];
