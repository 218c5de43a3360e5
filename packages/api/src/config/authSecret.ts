import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './loadConfig';

/** The file under DATA_DIR that keeps the secret a development install generated for itself. */
export const GENERATED_SECRET_FILE = 'auth-secret';
const MIN_SECRET_LENGTH = 32;
const OWNER_ONLY = 0o600;

export interface AuthSecretSource {
  AUTH_SECRET?: string | undefined;
  NODE_ENV: 'development' | 'production' | 'test';
}

function readSecret(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError([`AUTH_SECRET: ${file} holds no usable secret; delete it to generate a new one`]);
  }
  return secret;
}

/**
 * The secret in `file`, created with a fresh random one when missing. Written to a private temp
 * file and hard-linked into place, so two processes starting at once both end up with the one
 * that landed first and nobody ever reads a half-written file.
 */
function readOrCreateSecret(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    const mode = statSync(file).mode & 0o777;
    // Only its owner may read it: tighten a file someone copied around with looser rights.
    if (process.platform !== 'win32' && mode !== OWNER_ONLY) chmodSync(file, OWNER_ONLY);
    return readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const pending = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(pending, `${randomBytes(48).toString('base64url')}\n`, { mode: OWNER_ONLY, flag: 'wx' });
  try {
    linkSync(pending, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(pending);
  }
  return readSecret(file);
}

/**
 * The secret that signs sessions and access tokens. AUTH_SECRET when set; required in production;
 * otherwise one generated on first start and kept in `<dataDir>/auth-secret`, so every install
 * has its own and no token minted from a secret in the source is ever accepted.
 */
export function resolveAuthSecret(config: AuthSecretSource, dataDir: string): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === 'production') throw new ConfigError(['AUTH_SECRET: required in production']);
  const file = path.join(path.resolve(dataDir), GENERATED_SECRET_FILE);
  try {
    return readOrCreateSecret(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError([`AUTH_SECRET: not set, and no secret can be kept in ${file} (${reason})`]);
  }
}
