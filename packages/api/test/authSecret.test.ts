import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from '../src/auth/accessToken';
import { GENERATED_SECRET_FILE, resolveAuthSecret } from '../src/config/authSecret';
import { ConfigError } from '../src/config/loadConfig';

// The fixed secret every install signed with before: its tokens must count for nothing now.
const FORMER_PUBLIC_SECRET = 'scentence-embedded-development-secret-change-me';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'scentence-secret-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const development = { NODE_ENV: 'development' } as const;

describe('the token secret without AUTH_SECRET', () => {
  it('is generated on first start, kept under DATA_DIR for its owner alone, and the same on every start', () => {
    const first = resolveAuthSecret(development, dataDir);
    const file = path.join(dataDir, GENERATED_SECRET_FILE);
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(development, dataDir)).toBe(first);
  });

  it('differs between installs, so tokens minted with a secret from the source are refused', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'scentence-secret-'));
    try {
      const secret = resolveAuthSecret(development, dataDir);
      expect(resolveAuthSecret(development, other)).not.toBe(secret);
      const forged = await signAccessToken(FORMER_PUBLIC_SECRET, { memberId: 'anyone', role: 'admin' });
      expect(await verifyAccessToken(secret, forged)).toBeNull();
      const genuine = await signAccessToken(secret, { memberId: 'm-1', role: 'member' });
      expect(await verifyAccessToken(secret, genuine)).toEqual({ memberId: 'm-1', role: 'member' });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('tightens a kept secret that others could read', () => {
    if (process.platform === 'win32') return;
    const file = path.join(dataDir, GENERATED_SECRET_FILE);
    writeFileSync(file, `${'k'.repeat(64)}\n`, { mode: 0o644 });
    expect(resolveAuthSecret(development, dataDir)).toBe('k'.repeat(64));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('stops with a message naming the file when it holds no usable secret', () => {
    writeFileSync(path.join(dataDir, GENERATED_SECRET_FILE), 'short\n', { mode: 0o600 });
    expect(() => resolveAuthSecret(development, dataDir)).toThrow(ConfigError);
    expect(() => resolveAuthSecret(development, dataDir)).toThrow(/AUTH_SECRET: .*auth-secret/);
  });
});

describe('the token secret with AUTH_SECRET or in production', () => {
  it('uses AUTH_SECRET when set and writes nothing', () => {
    const secret = 'an-operator-chosen-secret-of-enough-length';
    expect(resolveAuthSecret({ ...development, AUTH_SECRET: secret }, dataDir)).toBe(secret);
    expect(existsSync(path.join(dataDir, GENERATED_SECRET_FILE))).toBe(false);
  });

  it('requires AUTH_SECRET in production and never generates one there', () => {
    expect(() => resolveAuthSecret({ NODE_ENV: 'production' }, dataDir)).toThrow(/AUTH_SECRET: required in production/);
    expect(existsSync(path.join(dataDir, GENERATED_SECRET_FILE))).toBe(false);
  });
});
