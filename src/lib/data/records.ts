/**
 * Shapes collection entries for publication: references become plain ids, and CSV rows are
 * flattened (period.start → period_start, ranges → value_low/value_high, lists → "a; b").
 */
type Plain = string | number | boolean | null | undefined | Plain[] | { [k: string]: Plain };

function isRef(v: unknown): v is { id: string; collection: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) &&
    Object.keys(v).length === 2 && 'id' in v && 'collection' in v;
}

/** Entry data with every `{ collection, id }` reference replaced by its id. */
export function publicRecord(data: unknown): Plain {
  if (isRef(data)) return data.id;
  if (Array.isArray(data)) return data.map(publicRecord);
  if (data instanceof Date) return data.toISOString().slice(0, 10);
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, publicRecord(v)]));
  }
  return data as Plain;
}

export type CsvRow = Record<string, string | number | boolean>;

function flattenInto(row: CsvRow, key: string, value: Plain): void {
  if (value === undefined || value === null) return;
  if (key === 'value' && Array.isArray(value)) {
    row.value_low = value[0] as number;
    row.value_high = value[1] as number;
  } else if (Array.isArray(value)) {
    row[key] = value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flattenInto(row, `${key}_${k}`, v);
  } else {
    row[key] = value;
  }
}

/** One flat CSV row per record. */
export function csvRow(record: Plain): CsvRow {
  const row: CsvRow = {};
  for (const [k, v] of Object.entries(record as Record<string, Plain>)) flattenInto(row, k, v);
  return row;
}

/** Column order: first-seen order across rows, so schema order is kept and no field is lost. */
export function csvColumns(rows: CsvRow[]): string[] {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) if (!seen.has(k)) { seen.add(k); columns.push(k); }
  const valueAt = columns.indexOf('value');
  // Keep range columns beside the point value even when the first rows have no range.
  for (const k of ['value_low', 'value_high']) {
    const i = columns.indexOf(k);
    if (i >= 0 && valueAt >= 0) { columns.splice(i, 1); columns.splice(columns.indexOf('value') + (k === 'value_low' ? 1 : 2), 0, k); }
  }
  return columns;
}
