import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (m=19456 KiB, t=2, p=1), the OWASP baseline.
export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

// Spent on unknown usernames so a failed login takes as long whether or not the account exists.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(plain: string): Promise<void> {
  dummyHash ??= hash('shiliu-timing-equaliser');
  await verifyPassword(await dummyHash, plain);
}

// No 0/O/1/l/I: generated passwords are read off a screen and typed by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generatePassword(length = 14): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
