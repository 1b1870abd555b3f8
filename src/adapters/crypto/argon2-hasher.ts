import { hash, verify } from '@node-rs/argon2';

/** Password hashing with argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** The library's default algorithm is argon2id; the cost parameters are pinned here. */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, options),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};
