import type { Random } from './random';

export const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0');

/** Ids look like the provider's own and are unique by construction (the account index is part of them). */
export type Ids = {
  stripe: (prefix: string) => string;
  uuid: () => string;
  numeric: () => string;
  local: (prefix: string) => string;
};

export function createIds(index: number, rng: Random): Ids {
  let seq = 0;
  const next = () => {
    const n = seq++;
    if (n >= 4096) throw new Error('demo generator: too many ids for one account');
    return n;
  };
  return {
    stripe: (prefix) => `${prefix}_1P${rng.chars(12)}${base36(index, 5)}${base36(next(), 3)}`,
    uuid: () => {
      const hex = rng.chars(19, '0123456789abcdef');
      const tail = (index * 4096 + next()).toString(16).padStart(12, '0');
      const variant = '89ab'.charAt(rng.int(0, 3));
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(12, 15)}-${variant}${hex.slice(15, 18)}-${tail}`;
    },
    numeric: () => String(10_000_000_000 + index * 4096 + next()),
    local: (prefix) => `${prefix}_${base36(index, 5)}${base36(next(), 3)}`,
  };
}
