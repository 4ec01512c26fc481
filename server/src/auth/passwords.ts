import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '../common/errors.js';

const strength = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

const MIN_LENGTH = 12;

/** argon2id (the library's default algorithm; a test pins it) with its OWASP-aligned cost defaults. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spent on unknown e-mails so that a wrong address takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password never used');
  await verifyPassword(await decoyHash, password);
  return false;
}

/** NCSC-style rule: long enough, and not guessable (zxcvbn score 3+ counting the user's own details). */
export function assertStrongPassword(password: string, field: string, userInputs: string[] = []): void {
  if (password.length < MIN_LENGTH) {
    throw badInput(field, `Password must be ${MIN_LENGTH} characters or more`);
  }
  if (password.length > 200) throw badInput(field, 'Password must be 200 characters or fewer');
  const result = strength.check(password, userInputs);
  if (result.score < 3) {
    throw badInput(field, 'Password is too easy to guess. Try three random words together');
  }
}
