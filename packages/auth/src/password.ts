import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * Password hashing with argon2id at the OWASP-recommended minimum
 * (19 MiB memory, 2 iterations, 1 lane). The encoded PHC string carries its own
 * parameters and salt, so hashes made with other parameters still verify.
 */
// Algorithm is an ambient const enum (not importable under verbatimModuleSyntax); 2 = Argon2id.
const ARGON2ID = 2 as Options['algorithm'];
const OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain.normalize('NFC'), OPTIONS);
}

/** True when `plain` matches `encoded`; false for a wrong password or a malformed hash. */
export async function verifyPassword(encoded: string, plain: string): Promise<boolean> {
  try {
    return await verify(encoded, plain.normalize('NFC'));
  } catch {
    return false;
  }
}
