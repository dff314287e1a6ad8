/**
 * Hatching drawn as plain line segments clipped to the bar, not an SVG <pattern>: Chromium
 * rasterises patterns when it prints to PDF, and hatching must stay vector and sharp on paper.
 */
export function hatchPath(x: number, y: number, w: number, h: number, step = 5): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const parts: string[] = [];
  // Diagonals u + v = c, with u across the bar and v up from its bottom.
  for (let c = step / 2; c < w + h; c += step) {
    const u1 = Math.max(0, c - h);
    const u2 = Math.min(w, c);
    if (u2 - u1 < 0.5) continue;
    parts.push(`M${r(x + u1)},${r(y + h - (c - u1))}L${r(x + u2)},${r(y + h - (c - u2))}`);
  }
  return parts.join('');
}
