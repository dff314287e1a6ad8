/** Finds every `{ collection, id }` link inside parsed entry data, with its field path. */
export interface FoundReference {
  path: string;
  target: { collection: string; id: string };
}

function isReference(v: unknown): v is { collection: string; id: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Record<string, unknown>).collection === 'string' &&
    typeof (v as Record<string, unknown>).id === 'string';
}

export function collectReferences(value: unknown, path = ''): FoundReference[] {
  if (isReference(value)) return [{ path, target: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectReferences(v, path ? `${path}.${i}` : String(i)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => collectReferences(v, path ? `${path}.${k}` : k));
  }
  return [];
}
