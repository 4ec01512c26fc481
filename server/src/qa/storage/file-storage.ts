import type { Readable } from 'node:stream';

/** Where document bytes live: a local directory by default; object storage can stand behind the same three calls. */
export interface FileStorage {
  /** Stores the bytes under a new key; a key is never reused. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes as a stream; rejects when the key holds nothing. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; succeeds when the key already holds nothing. */
  delete(key: string): Promise<void>;
}

/** Keys are slash-separated segments of safe characters, so no key can climb out of its store. */
export function assertStorageKey(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(\/[A-Za-z0-9][A-Za-z0-9_.-]{0,127}){0,7}$/.test(key) || key.includes('..')) {
    throw new Error(`Not a storage key: "${key}"`);
  }
}
