// Every way a package can be damaged or forged, and the error each one gets (ENV-5 … ENV-15). The
// rule for all of them: decryptFile rejects with an EnvelopeError whose code says what failed, and
// no plaintext ever reaches the caller.

import { beforeAll, describe, expect, it } from 'vitest';
import { arrayBacked, utf8 } from './bytes';
import { decryptFile, encryptFile, type EnvelopeEvent } from './index';
import { FRAME_OVERHEAD, TAG_BYTES, type EncryptionContext } from './format';
import { bytesOf, envelopeFailure, envelopeWorld, flipped, testBytes, type EnvelopeWorld } from './test-harness';

const F = 4096;
const R = F + FRAME_OVERHEAD;
const CONTEXT = { purpose: 'tamper-test', team: 'blue' };

let world: EnvelopeWorld;
let pkg: Uint8Array; // 5 full frames and a final frame of 100 bytes: 6 frames
let exact: Uint8Array; // exactly 2 full frames: the final frame is full

/** Where each field of a package sits (FORMAT.md, "Header" and "Frames"). */
function layoutOf(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const arnLength = view.getUint16(7);
  const edkLength = view.getUint16(9 + arnLength);
  const contextLength = view.getUint16(11 + arnLength + edkLength);
  const frameSizeAt = 13 + arnLength + edkLength + contextLength;
  const headerBytes = frameSizeAt + 4 + 12 + TAG_BYTES;
  const frameAt = (i: number) => headerBytes + i * R;
  return {
    arnAt: 9,
    edkAt: 11 + arnLength,
    contextAt: 13 + arnLength + edkLength,
    frameSizeAt,
    headerIvAt: frameSizeAt + 4,
    headerTagAt: frameSizeAt + 16,
    headerBytes,
    frameAt,
    frameCount: Math.ceil((bytes.length - headerBytes) / R),
    /** Frame i's record [start, end). */
    frame: (i: number) => [frameAt(i), Math.min(bytes.length, frameAt(i + 1))] as const,
  };
}

function open(bytes: Uint8Array, options: { encryptionContext?: EncryptionContext } = {}) {
  const events: EnvelopeEvent[] = [];
  const promise = decryptFile(new Blob([arrayBacked(bytes)]), { kms: world.client, onEvent: (event) => events.push(event), ...options });
  return { promise, events };
}

/** Decrypts `bytes` expecting `code`; checks nothing was released and the failure was reported. */
async function refused(bytes: Uint8Array, code: Parameters<typeof envelopeFailure>[1], options?: { encryptionContext?: EncryptionContext }) {
  const { promise, events } = open(bytes, options);
  const error = await envelopeFailure(promise, code);
  if (process.env.SHOW) console.log(code, error.kmsErrorName ?? '', '|', error.message);
  expect(events.some((event) => event.type === 'package-opened')).toBe(false);
  expect(events.at(-1)).toMatchObject({ type: 'failed', code });
  return error;
}

beforeAll(async () => {
  world = await envelopeWorld();
  const sealed = await encryptFile(testBytes(5 * F + 100, 42), { kms: world.client, keyId: world.keyId, encryptionContext: CONTEXT, frameSize: F });
  pkg = await bytesOf(sealed.blob);
  const whole = await encryptFile(testBytes(2 * F, 43), { kms: world.client, keyId: world.keyId, encryptionContext: CONTEXT, frameSize: F });
  exact = await bytesOf(whole.blob);
});

it('the untouched package opens (the baseline every case below departs from)', async () => {
  const { promise } = open(pkg);
  await expect(promise).resolves.toMatchObject({ frameCount: 6, plaintextBytes: 5 * F + 100 });
  expect(layoutOf(pkg).frameCount).toBe(6);
});

describe('header', () => {
  it('ENV-1: a changed magic byte is NOT_A_PACKAGE', async () => {
    await refused(flipped(pkg, 0), 'NOT_A_PACKAGE');
  });

  it('ENV-1: a changed version byte is UNSUPPORTED_VERSION', async () => {
    const error = await refused(flipped(pkg, 6, 0x03), 'UNSUPPORTED_VERSION');
    expect(error.message).toMatch(/version 2/);
  });

  it('ENV-13: a changed byte in the encrypted data key makes KMS refuse Decrypt (InvalidCiphertextException)', async () => {
    const { edkAt } = layoutOf(pkg);
    for (const at of [edkAt, edkAt + 40]) {
      const error = await refused(flipped(pkg, at), 'KMS_DECRYPT_FAILED');
      expect(error.kmsErrorName).toBe('InvalidCiphertextException');
    }
  });

  it('ENV-13: a changed byte in the key ARN makes KMS refuse Decrypt', async () => {
    const { arnAt } = layoutOf(pkg);
    const arn = new TextDecoder().decode(pkg.subarray(arnAt, arnAt + world.keyArn.length));
    const keyIdAt = arnAt + arn.lastIndexOf('/') + 1;
    const error = await refused(flipped(pkg, keyIdAt + 3), 'KMS_DECRYPT_FAILED');
    expect(error.kmsErrorName).toMatch(/NotFoundException|IncorrectKeyException/);
  });

  it('ENV-5: a changed frame size, header IV or header tag is HEADER_TAMPERED, before any frame is read', async () => {
    const { frameSizeAt, headerIvAt, headerTagAt } = layoutOf(pkg);
    for (const at of [frameSizeAt + 3, headerIvAt, headerIvAt + 11, headerTagAt, headerTagAt + 15]) {
      const { promise, events } = open(flipped(pkg, at));
      await envelopeFailure(promise, 'HEADER_TAMPERED');
      expect(events.map((event) => event.type)).not.toContain('frames-opened');
    }
  });

  it('ENV-13: an edited encryption context in the header makes KMS refuse Decrypt (InvalidCiphertextException)', async () => {
    const { contextAt } = layoutOf(pkg);
    // Same length, so the header still parses: "tamper-test" becomes "tamper-tesT".
    const at = contextAt + pkg.subarray(contextAt).indexOf(utf8('tamper-test')[10]!, 2 + 2 + 7 + 2 + 10);
    const edited = pkg.slice();
    edited[at] = 'T'.charCodeAt(0);
    expect(new TextDecoder().decode(edited.subarray(contextAt, layoutOf(pkg).frameSizeAt))).toContain('tamper-tesT');
    const error = await refused(edited, 'KMS_DECRYPT_FAILED');
    expect(error.kmsErrorName).toBe('InvalidCiphertextException');
    expect(error.message).toMatch(/encryption context/);
  });

  it('ENV-12: an expected encryption context that differs from the header fails before KMS is called', async () => {
    const decrypts = world.count('Decrypt');
    const missing = await refused(pkg, 'ENCRYPTION_CONTEXT_MISMATCH', { encryptionContext: { purpose: 'tamper-test' } });
    expect(missing.message).toMatch(/'team'/);
    const wrong = await refused(pkg, 'ENCRYPTION_CONTEXT_MISMATCH', { encryptionContext: { purpose: 'other', team: 'blue' } });
    expect(wrong.message).toMatch(/different value for 'purpose'/);
    const extra = await refused(pkg, 'ENCRYPTION_CONTEXT_MISMATCH', { encryptionContext: { ...CONTEXT, region: 'eu' } });
    expect(extra.message).toMatch(/no 'region'/);
    await refused(pkg, 'ENCRYPTION_CONTEXT_MISMATCH', { encryptionContext: {} });
    expect(world.count('Decrypt')).toBe(decrypts);
    const { promise } = open(pkg, { encryptionContext: { team: 'blue', purpose: 'tamper-test' } });
    await expect(promise).resolves.toBeDefined();
  });
});

describe('frames', () => {
  it.each([
    ['IV', 9],
    ['ciphertext', 21 + 1000],
    ['tag', R - 1],
  ])('ENV-8: a changed byte in any frame\'s %s is FRAME_AUTHENTICATION_FAILED, naming the frame', async (_, within) => {
    const layout = layoutOf(pkg);
    for (let i = 0; i < 5; i++) {
      const error = await refused(flipped(pkg, layout.frameAt(i) + within), 'FRAME_AUTHENTICATION_FAILED');
      expect(error.frameIndex).toBe(i);
      expect(error.message).toContain(`Frame ${i + 1} of 6 failed authentication`);
    }
  });

  it('ENV-8: a changed byte in the final frame (IV, ciphertext, tag) is FRAME_AUTHENTICATION_FAILED', async () => {
    const [start, end] = layoutOf(pkg).frame(5);
    for (const at of [start + 9, start + 21, end - 1]) {
      const error = await refused(flipped(pkg, at), 'FRAME_AUTHENTICATION_FAILED');
      expect(error.message).toContain('Frame 6 of 6');
    }
  });

  it('ENV-7: a changed sequence number is FRAME_OUT_OF_ORDER', async () => {
    const error = await refused(flipped(pkg, layoutOf(pkg).frameAt(2) + 3), 'FRAME_OUT_OF_ORDER');
    expect(error.frameIndex).toBe(2);
  });

  it('ENV-7: an unknown kind byte, or a regular frame whose length is not the frame size, is FRAME_MALFORMED', async () => {
    await refused(flipped(pkg, layoutOf(pkg).frameAt(1) + 4, 0x02), 'FRAME_MALFORMED');
    await refused(flipped(pkg, layoutOf(pkg).frameAt(1) + 8), 'FRAME_MALFORMED');
  });

  it('ENV-7: a final frame longer than the frame size, or empty after other frames, is FRAME_MALFORMED', async () => {
    const layout = layoutOf(exact);
    const longer = exact.slice();
    new DataView(longer.buffer).setUint32(layout.frameAt(1) + 5, F + 1);
    await envelopeFailure(decryptFile(longer, { kms: world.client }), 'FRAME_MALFORMED');
    const empty = exact.slice(0, layout.frameAt(1) + FRAME_OVERHEAD);
    new DataView(empty.buffer).setUint32(layout.frameAt(1) + 5, 0);
    const error = await envelopeFailure(decryptFile(empty, { kms: world.client }), 'FRAME_MALFORMED');
    expect(error.message).toBe('Frame 2 of 2 declares 0 bytes of plaintext, impossible for a final frame with a frame size of 4096.');
  });

  it('ENV-8: a regular frame relabelled final fails authentication, since the final flag is in its AAD', async () => {
    const error = await refused(flipped(pkg, layoutOf(pkg).frameAt(4) + 4), 'FRAME_AUTHENTICATION_FAILED');
    expect(error.frameIndex).toBe(4);
  });

  it('ENV-8: a final frame relabelled regular fails authentication (when its length fits a regular frame)', async () => {
    const layout = layoutOf(exact);
    await envelopeFailure(decryptFile(flipped(exact, layout.frameAt(1) + 4), { kms: world.client }), 'FRAME_AUTHENTICATION_FAILED');
  });

  it('ENV-7: two swapped frames are FRAME_OUT_OF_ORDER at the first, naming it', async () => {
    const layout = layoutOf(pkg);
    const swapped = pkg.slice();
    swapped.set(pkg.subarray(...layout.frame(2)), layout.frameAt(1));
    swapped.set(pkg.subarray(...layout.frame(1)), layout.frameAt(2));
    const error = await refused(swapped, 'FRAME_OUT_OF_ORDER');
    expect(error.frameIndex).toBe(1);
    expect(error.message).toContain('Frame 2 of 6 is out of order');
  });

  it('ENV-8: swapped frames with their sequence numbers rewritten fail authentication at the first (the index is in the AAD)', async () => {
    const layout = layoutOf(pkg);
    const swapped = pkg.slice();
    swapped.set(pkg.subarray(...layout.frame(2)), layout.frameAt(1));
    swapped.set(pkg.subarray(...layout.frame(1)), layout.frameAt(2));
    new DataView(swapped.buffer).setUint32(layout.frameAt(1), 1);
    new DataView(swapped.buffer).setUint32(layout.frameAt(2), 2);
    const error = await refused(swapped, 'FRAME_AUTHENTICATION_FAILED');
    expect(error.message).toContain('Frame 2 of 6 failed authentication');
  });

  it('ENV-7: a dropped frame is FRAME_OUT_OF_ORDER, saying a frame is missing', async () => {
    const layout = layoutOf(pkg);
    const dropped = new Uint8Array([...pkg.subarray(0, layout.frameAt(2)), ...pkg.subarray(layout.frameAt(3))]);
    const error = await refused(dropped, 'FRAME_OUT_OF_ORDER');
    expect(error.frameIndex).toBe(2);
    expect(error.message).toMatch(/frame 3 is missing/);
  });

  it('ENV-7: a duplicated frame is FRAME_OUT_OF_ORDER, saying it appears twice', async () => {
    const layout = layoutOf(pkg);
    const doubled = new Uint8Array([...pkg.subarray(0, layout.frameAt(3)), ...pkg.subarray(...layout.frame(2)), ...pkg.subarray(layout.frameAt(3))]);
    const error = await refused(doubled, 'FRAME_OUT_OF_ORDER');
    expect(error.frameIndex).toBe(3);
    expect(error.message).toMatch(/frame 3 appears twice/);
  });

  it('ENV-8: a frame spliced in from another package (same key, same context, same position) fails authentication', async () => {
    const other = await bytesOf(
      (await encryptFile(testBytes(5 * F + 100, 42), { kms: world.client, keyId: world.keyId, encryptionContext: CONTEXT, frameSize: F })).blob,
    );
    const layout = layoutOf(pkg);
    const spliced = pkg.slice();
    spliced.set(other.subarray(...layoutOf(other).frame(3)), layout.frameAt(3));
    const error = await refused(spliced, 'FRAME_AUTHENTICATION_FAILED');
    expect(error.frameIndex).toBe(3);
  });
});

describe('truncation and trailing data (ENV-9)', () => {
  it('a package without its final frame is TRUNCATED', async () => {
    const error = await refused(pkg.slice(0, layoutOf(pkg).frameAt(5)), 'TRUNCATED');
    expect(error.message).toMatch(/Frame 5 of 5 is the last frame in the package but is not marked final/);
  });

  it('a package without its final frame is TRUNCATED when that frame was full (exact multiple of the frame size)', async () => {
    await envelopeFailure(decryptFile(exact.slice(0, layoutOf(exact).frameAt(1)), { kms: world.client }), 'TRUNCATED');
  });

  it('a package cut inside a regular frame, inside the final frame, or inside a frame\'s fixed fields is TRUNCATED', async () => {
    const layout = layoutOf(pkg);
    for (const cut of [layout.frameAt(2) + 100, layout.frameAt(5) + 50, pkg.length - 1, layout.frameAt(3) + 4]) {
      const error = await refused(pkg.slice(0, cut), 'TRUNCATED');
      expect(error.message).toMatch(/cut short/);
    }
  });

  it('a package that ends with its header, or inside it, is TRUNCATED', async () => {
    const { headerBytes } = layoutOf(pkg);
    await refused(pkg.slice(0, headerBytes), 'TRUNCATED');
    await refused(pkg.slice(0, headerBytes - 1), 'TRUNCATED');
    await refused(pkg.slice(0, 20), 'TRUNCATED');
    await refused(pkg.slice(0, 3), 'TRUNCATED');
  });

  it('bytes after the final frame are TRAILING_DATA, however many', async () => {
    for (const extra of [1, 36, R + 5, 3 * R]) {
      const error = await refused(new Uint8Array([...pkg, ...testBytes(extra, extra)]), 'TRAILING_DATA');
      expect(error.message).toMatch(/Frame 6 of \d+ is the final frame, but it is followed by \d+ more bytes?/);
    }
  });

  it('a duplicated final frame is TRAILING_DATA', async () => {
    const [start, end] = layoutOf(pkg).frame(5);
    await refused(new Uint8Array([...pkg, ...pkg.subarray(start, end)]), 'TRAILING_DATA');
    const [xs, xe] = layoutOf(exact).frame(1);
    await envelopeFailure(decryptFile(new Uint8Array([...exact, ...exact.subarray(xs, xe)]), { kms: world.client }), 'TRAILING_DATA');
  });
});
