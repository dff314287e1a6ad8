/**
 * Repairs the text a reader copies or searches in Chromium's PDFs. Skia writes each font's
 * ToUnicode map from the font's own character map, and where one glyph serves several characters
 * it picks one the page did not use:
 * - the apostrophe ’ (U+2019) shares its glyph with ʼ (U+02BC) in Inter and Source Serif, so every
 *   "Pakistan’s" would be found only as "Pakistanʼs";
 * - Arabic-script text (Dari and Pashto quotes) maps to presentation forms (U+FE70…) instead of
 *   the letters, so it cannot be searched at all.
 * The map is rewritten to the characters the site writes: ’ (house style; ʼ is never used) and the
 * letters (NFKC of each presentation form).
 */
import { PDFDocument, PDFName, PDFDict, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';

const PRESENTATION_FORM = (cp: number) => (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe);

export function fixText(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x02bc ? '\u2019' : PRESENTATION_FORM(cp) ? ch.normalize('NFKC') : ch;
  }
  return out;
}

const fromHex = (hex: string) => {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
};
const toHex = (s: string) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')).join('');

/** Every mapping of a ToUnicode CMap: source code (hex, as written) → text. */
export function parseCMap(cmap: string): { codespace: string; map: Map<string, string> } {
  const map = new Map<string, string>();
  const codespace = cmap.match(/begincodespacerange([\s\S]*?)endcodespacerange/)?.[1].trim() ?? '<0000> <FFFF>';
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(m[1].toUpperCase(), fromHex(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1], 16), hi = parseInt(m[2], 16), width = m[1].length;
      const list = m[4] ? [...m[4].matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => fromHex(x[1])) : undefined;
      const start = m[3] ? fromHex(m[3]) : '';
      for (let code = lo; code <= hi; code++) {
        const text = list ? list[code - lo] : start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + (code - lo));
        if (text !== undefined) map.set(code.toString(16).toUpperCase().padStart(width, '0'), text);
      }
    }
  }
  return { codespace, map };
}

export function writeCMap(codespace: string, map: Map<string, string>): string {
  const entries = [...map].sort(([a], [b]) => parseInt(a, 16) - parseInt(b, 16));
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([src, text]) => `<${src}> <${toHex(text)}>`).join('\n')}\nendbfchar`);
  }
  return ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    `1 begincodespacerange\n${codespace}\nendcodespacerange`, ...blocks,
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end'].join('\n') + '\n';
}

/** Rewrites every font's ToUnicode map that needs it; returns how many it rewrote. */
export function repairToUnicode(doc: PDFDocument): number {
  let repaired = 0;
  const done = new Set<string>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const ref = obj.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef) || done.has(ref.toString())) continue;
    done.add(ref.toString());
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const { codespace, map } = parseCMap(new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()));
    let changed = false;
    for (const [src, text] of map) {
      const fixed = fixText(text);
      if (fixed !== text) { map.set(src, fixed); changed = true; }
    }
    if (!changed) continue;
    doc.context.assign(ref, doc.context.flateStream(writeCMap(codespace, map)));
    repaired++;
  }
  return repaired;
}
