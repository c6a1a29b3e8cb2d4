// The envelope half of the bench page: a file of random bytes as a Blob, sealed and opened with
// encryptFile/decryptFile through the engine as the app runs it (HSM in its Worker), and the raw
// AES-GCM baseline of raw-frames.ts over the same Blob. Each call returns MiB/s; the runner
// interleaves them and samples the JS heap from outside through CDP.

import { startBrowserKms } from '../../src/app/kms-instance';
import { MemoryStorage, type Kms } from '../../src/engine/index';
import { decryptFile, encryptFile } from '../../src/envelope/index';
import { rawDecrypt, rawEncrypt, type RawSealed } from './raw-frames';

const MiB = 1024 * 1024;

let kms: Kms | null = null;
let keyId = '';
let rawKey: CryptoKey | null = null;
let file: Blob | null = null;
const sealedBySize = new Map<number, Blob>();
const rawBySize = new Map<number, RawSealed>();

const rate = (bytes: number, started: number) => bytes / MiB / ((performance.now() - started) / 1000);

/** Random bytes, 64 KiB per getRandomValues call (its limit), gathered into a Blob off the heap. */
function randomBlob(bytes: number): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let left = bytes; left > 0; left -= MiB) {
    const part = new Uint8Array(Math.min(MiB, left));
    for (let at = 0; at < part.length; at += 65536) crypto.getRandomValues(part.subarray(at, at + 65536));
    parts.push(part);
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}

export const envelopeBench = {
  async setup(fileMiB: number): Promise<number> {
    kms = await startBrowserKms({ storage: new MemoryStorage() });
    const { KeyMetadata } = (await kms.send('CreateKey', { Description: 'envelope bench' })) as { KeyMetadata: { KeyId: string } };
    keyId = KeyMetadata.KeyId;
    rawKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    file = randomBlob(fileMiB * MiB);
    return file.size;
  },
  /** encryptFile of the whole Blob; keeps the package for `open`. */
  async seal(frameSize: number): Promise<number> {
    const started = performance.now();
    const sealed = await encryptFile(file!, { kms: kms!, keyId, frameSize, encryptionContext: { purpose: 'bench' } });
    sealedBySize.set(frameSize, sealed.blob);
    return rate(file!.size, started);
  },
  /** decryptFile of the package `seal` made; checks the size that came back. */
  async open(frameSize: number): Promise<number> {
    const started = performance.now();
    const opened = await decryptFile(sealedBySize.get(frameSize)!, { kms: kms! });
    if (opened.blob.size !== file!.size) throw new Error(`decryptFile returned ${opened.blob.size} bytes, not ${file!.size}`);
    return rate(file!.size, started);
  },
  async rawSeal(frameSize: number): Promise<number> {
    const started = performance.now();
    rawBySize.set(frameSize, await rawEncrypt(rawKey!, file!, frameSize));
    return rate(file!.size, started);
  },
  async rawOpen(frameSize: number): Promise<number> {
    const started = performance.now();
    const opened = await rawDecrypt(rawKey!, rawBySize.get(frameSize)!);
    if (opened.size !== file!.size) throw new Error(`raw decrypt returned ${opened.size} bytes, not ${file!.size}`);
    return rate(file!.size, started);
  },
  /** Lets go of every package, so the heap run starts from the file alone. */
  drop(): void {
    sealedBySize.clear();
    rawBySize.clear();
  },
  teardown(): void {
    kms?.close();
    kms = null;
    file = null;
    sealedBySize.clear();
    rawBySize.clear();
  },
};
