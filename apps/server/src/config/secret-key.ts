import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keyFromSecret } from '../lib/encryption';

/**
 * The key that encrypts provider credentials. SECRET_KEY wins; otherwise the embedded setup keeps
 * a generated key in the data folder (created on first start, readable only by its owner).
 */
export function loadSecretKey(
  env: { SECRET_KEY?: string | undefined; DATA_DIR: string },
  log: (message: string) => void,
): Buffer {
  if (env.SECRET_KEY) return keyFromSecret(env.SECRET_KEY);
  const file = path.join(env.DATA_DIR, 'secret.key');
  if (existsSync(file)) return keyFromSecret(readFileSync(file, 'utf8').trim());
  mkdirSync(env.DATA_DIR, { recursive: true });
  writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  log(`generated a secret key for encrypting credentials at ${file}; back it up with the data, or set SECRET_KEY`);
  return keyFromSecret(readFileSync(file, 'utf8').trim());
}
