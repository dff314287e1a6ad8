/**
 * Reading content files the way the check reports them: bytes that are not UTF-8 are refused at
 * their line (never replaced with U+FFFD), YAML errors and alias bombs become problems with a
 * line instead of exceptions, and every field's line is known.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';

/** A YAML document can expand aliases at most this many times: a "billion laughs" file is refused. */
export const MAX_ALIAS_COUNT = 100;

export type TextOrFault = { text: string } | { line: number; message: string };

/** The file as text, or the first line holding bytes that are not UTF-8. */
export async function readUtf8(path: string): Promise<TextOrFault> {
  const bytes = await readFile(path);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // A newline byte is never part of a multi-byte character, so lines can be decoded alone.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      const chunk = bytes.subarray(start, end < 0 ? bytes.length : end);
      try {
        new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(chunk);
      } catch {
        return { line, message: 'bytes that are not UTF-8 (was the file saved as Latin-1 or Windows-1252?): save it as UTF-8' };
      }
      if (end < 0) return { line: 1, message: 'bytes that are not UTF-8: save the file as UTF-8' };
      start = end + 1;
    }
  }
}

export interface ParsedYaml {
  doc: Document;
  counter: LineCounter;
  /**
   * The first syntax error, with its line counted from the start of the file. One slip (an
   * unclosed bracket) makes the parser report several errors after it; only the first is a cause.
   */
  errors: { line?: number; message: string }[];
}

/** Parses YAML text that starts at line `firstLine` of its file (front matter starts at 2). */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  const errors = doc.errors.slice(0, 1).map((err) => ({
    line: err.linePos ? err.linePos[0].line + firstLine - 1 : undefined,
    message: `YAML syntax: ${err.message.split('\n')[0]}`,
  }));
  return { doc, counter, errors };
}

/** The value of a document (or of one node of it) with aliases resolved, or why it cannot be expanded. */
export function yamlValue(doc: Document, node?: YamlNode): { value: unknown } | { message: string } {
  try {
    const options = { maxAliasCount: MAX_ALIAS_COUNT };
    return { value: node ? node.toJS(doc, options) : doc.toJS(options) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { message: `YAML aliases expand too far (${why.split('\n')[0]}): write the values out instead of repeating anchors` };
  }
}

export function lineOf(node: YamlNode | null | undefined, counter: LineCounter, firstLine = 1): number {
  const offset = node?.range?.[0];
  return offset === undefined ? firstLine : counter.linePos(offset).line + firstLine - 1;
}

/** Every key path of a YAML node (`period.end`, `places.1`) with the line it sits on. */
export function fieldLines(node: unknown, counter: LineCounter, firstLine = 1, prefix = '', out = new Map<string, number>()): Map<string, number> {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown })?.value;
      if (key === undefined) continue;
      const path = prefix ? `${prefix}.${String(key)}` : String(key);
      out.set(path, lineOf(pair.key as YamlNode, counter, firstLine));
      fieldLines(pair.value, counter, firstLine, path, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const path = prefix ? `${prefix}.${i}` : String(i);
      out.set(path, lineOf(item as YamlNode, counter, firstLine));
      fieldLines(item, counter, firstLine, path, out);
    });
  }
  return out;
}

/** The line of a field (or of the nearest enclosing field that has one, or `fallback`). */
export function lineIn(lines: Map<string, number>, path: string, fallback: number): number {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const line = lines.get(p);
    if (line !== undefined) return line;
  }
  return fallback;
}
