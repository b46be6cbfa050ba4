import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('environment', () => {
  it('has defaults for every setting', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(path.isAbsolute(env.DATA_DIR)).toBe(true);
    expect(env.DATA_DIR.endsWith(`${path.sep}data`)).toBe(true);
    expect(env.SESSION_TTL_DAYS).toBe(30);
  });

  it('rejects a database URL that is not PostgreSQL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/postgres/);
  });

  it('rejects a port that is not a number', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow();
  });
});
