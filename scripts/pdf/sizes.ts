/**
 * The download links' sizes. Pages are built before their PDFs exist, so a link first says only
 * "PDF"; once the PDFs are rendered, every `<span data-pdf-size="x.pdf">` in the built HTML gets
 * "PDF, 16 pages, 412 kB". Rewriting is idempotent: running the PDF step again gives the same HTML.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PdfSize { bytes: number; pages: number }

/** "412 kB", "1.4 MB" (SI units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export const sizeText = (s: PdfSize) => `PDF, ${s.pages} page${s.pages === 1 ? '' : 's'}, ${formatBytes(s.bytes)}`;

const SPAN = /(<span\b[^>]*\bdata-pdf-size="([^"]+)"[^>]*>)([^<]*)(<\/span>)/g;

/** The HTML with every size placeholder filled in; unknown files keep the plain "PDF". */
export function fillSizes(html: string, sizes: Map<string, PdfSize>): string {
  return html.replace(SPAN, (_m, open: string, file: string, _old: string, close: string) => {
    const size = sizes.get(file);
    return open + (size ? sizeText(size) : 'PDF') + close;
  });
}

/** Fills the sizes in every built HTML file under `dist`; returns the files it changed. */
export function fillSizesInDist(dist: string, sizes: Map<string, PdfSize>): string[] {
  const changed: string[] = [];
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pdf-size')) continue;
    const filled = fillSizes(html, sizes);
    if (filled !== html) { writeFileSync(file, filled); changed.push(file); }
  }
  return changed.sort();
}
