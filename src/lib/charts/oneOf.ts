/**
 * Whether `value` is one of `list`, narrowing it to the list's type. `Array#includes` on a list
 * of literals (`['killed', 'wounded'] as const`) takes only those literals, so a wider value
 * (a record's field, any string) could not be asked without widening the list by a cast.
 */
export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.some((x) => x === value);
