/** Escapes LIKE/ILIKE wildcards so a search term matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
