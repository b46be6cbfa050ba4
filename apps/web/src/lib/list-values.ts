/** Adds `value` to the list in `allowed`'s order, or removes it when present. Pure. */
export function toggleListValue<T extends string>(values: readonly T[], value: T, allowed: readonly T[]): T[] {
  return values.includes(value)
    ? values.filter((item) => item !== value)
    : allowed.filter((item) => item === value || values.includes(item));
}
