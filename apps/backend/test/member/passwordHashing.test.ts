import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../../src/member/shared/passwordHashing';

describe('password hashing', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const hash = await hashPassword('Sc3nt!ence');
    expect(await verifyPassword('Sc3nt!ence', hash)).toBe(true);
    expect(await verifyPassword('sc3nt!ence', hash)).toBe(false);
    expect(await verifyPassword('Sc3nt!ence ', hash)).toBe(false);
  });

  it('salts every hash, so one password never hashes the same twice', async () => {
    const [a, b] = await Promise.all([hashPassword('Same#Pass1'), hashPassword('Same#Pass1')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('records the scrypt cost, so a hash made at another cost still verifies', async () => {
    const cheap = await hashPassword('Cheap#Pass1', { N: 2 ** 10, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('Cheap#Pass1', cheap)).toBe(true);
    const standard = await hashPassword('Cheap#Pass1');
    expect(standard.startsWith('scrypt$32768$8$1$')).toBe(true);
  });

  it('treats Korean typed in decomposed form as the same password', async () => {
    const hash = await hashPassword('향수Aa1!');
    expect(await verifyPassword('향수Aa1!'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$abc$8$1$c2FsdA$aGFzaA')).toBe(false);
    expect(await verifyAgainstDecoy('anything')).toBe(false);
  });
});
