import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFileStore, sha256Of } from './file-store.js';

describe('LocalFileStore', () => {
  let root: string;
  let store: LocalFileStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'shiliu-files-'));
    store = new LocalFileStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores bytes under <aa>/<bb>/<sha256> and reads them back', async () => {
    const bytes = Buffer.from('石榴籽紧紧抱在一起');
    const { sha256, size } = await store.put(bytes);
    expect(sha256).toBe(sha256Of(bytes));
    expect(size).toBe(bytes.length);
    expect(statSync(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256)).size).toBe(bytes.length);
    const blob = (await store.get(sha256))!;
    expect(blob.size).toBe(bytes.length);
    expect(await text(blob.stream)).toBe('石榴籽紧紧抱在一起');
    expect(await store.has(sha256)).toBe(true);
  });

  it('writes the same content once and leaves no temporary files behind', async () => {
    const bytes = Buffer.from('same');
    const first = await store.put(bytes);
    const file = store.pathOf(first.sha256);
    const written = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.put(bytes);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(readdirSync(join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4)))).toEqual([first.sha256]);
  });

  it('keeps derived files beside their blob under a suffix', async () => {
    const { sha256 } = await store.put(Buffer.from('photo'));
    expect(await store.has(sha256, 'thumb.jpg')).toBe(false);
    expect(await store.get(sha256, 'thumb.jpg')).toBeUndefined();
    await store.putDerived(sha256, 'thumb.jpg', Buffer.from('thumb'));
    expect(await text((await store.get(sha256, 'thumb.jpg'))!.stream)).toBe('thumb');
  });

  it('answers undefined for a missing blob and refuses keys that could leave the root', async () => {
    expect(await store.get('0'.repeat(64))).toBeUndefined();
    expect(() => store.pathOf('../../etc/passwd')).toThrow();
    expect(() => store.pathOf('a'.repeat(64), '../x')).toThrow();
    await expect(store.putDerived('A'.repeat(64), 'thumb.jpg', Buffer.from('x'))).rejects.toThrow();
  });
});
