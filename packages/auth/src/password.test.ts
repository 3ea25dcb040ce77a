import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('hashes with argon2id at OWASP parameters and verifies', async () => {
    const h = await hashPassword('Demo@2025');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'Demo@2025')).toBe(true);
    expect(await verifyPassword(h, 'demo@2025')).toBe(false);
    expect(await verifyPassword(h, '')).toBe(false);
  });

  it('salts each hash', async () => {
    const a = await hashPassword('mật khẩu');
    const b = await hashPassword('mật khẩu');
    expect(a).not.toBe(b);
    expect(await verifyPassword(b, 'mật khẩu')).toBe(true);
  });

  it('treats NFC and NFD forms of a Vietnamese password alike', async () => {
    const h = await hashPassword('Hằng@2025'.normalize('NFD'));
    expect(await verifyPassword(h, 'Hằng@2025'.normalize('NFC'))).toBe(true);
  });

  it('returns false for a malformed hash instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
