// Hostile and foreign input (ENV-1 … ENV-4): whatever a header declares, a reader looks at one
// bounded slice, allocates nothing large, and fails with a clear error before calling KMS.

import { beforeAll, describe, expect, it } from 'vitest';
import { ByteWriter, utf8 } from './bytes';
import { decryptFile, readPackageHeader } from './index';
import { MAGIC, MAX_FRAME_SIZE, MAX_HEADER_BYTES, encodeContext } from './format';
import type { EnvelopeErrorCode } from './errors';
import { CountingBlob, envelopeFailure, envelopeWorld, type EnvelopeWorld } from './test-harness';

let world: EnvelopeWorld;
beforeAll(async () => {
  world = await envelopeWorld();
});

/** A header built field by field, so a test can lie in any one of them. */
function header(overrides: { arnLength?: number; edkLength?: number; contextLength?: number; context?: Uint8Array; frameSize?: number; version?: number } = {}) {
  const arn = utf8('arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000');
  const edk = new Uint8Array(100).fill(9);
  const context = overrides.context ?? encodeContext({ a: 'b' });
  return new ByteWriter()
    .bytes(MAGIC)
    .u8(overrides.version ?? 1)
    .u16(overrides.arnLength ?? arn.length)
    .bytes(arn)
    .u16(overrides.edkLength ?? edk.length)
    .bytes(edk)
    .u16(overrides.contextLength ?? context.length)
    .bytes(context)
    .u32(overrides.frameSize ?? 65536)
    .bytes(new Uint8Array(12 + 16))
    .finish();
}

/**
 * Feeds `prefix` as the start of a package that claims to be 1 GiB, and checks the error, that KMS was
 * not called, and that the reader asked for a single slice no larger than MAX_HEADER_BYTES.
 */
async function hostile(prefix: Uint8Array, code: EnvelopeErrorCode, message: RegExp, claimedSize = 1024 ** 3) {
  const input = new CountingBlob(claimedSize, (start, end) => {
    const out = new Uint8Array(end - start);
    out.set(prefix.subarray(start, Math.min(end, prefix.length)));
    return out;
  });
  const calls = world.calls.length;
  const error = await envelopeFailure(decryptFile(input, { kms: world.client }), code);
  expect(error.message).toMatch(message);
  expect(world.calls.length).toBe(calls);
  expect(input.slices).toHaveLength(1);
  expect(input.largestSlice).toBeLessThanOrEqual(MAX_HEADER_BYTES);
  await envelopeFailure(readPackageHeader(input), code);
}

describe('hostile and foreign input', () => {
  it('ENV-1: an empty input is NOT_A_PACKAGE', async () => {
    await envelopeFailure(decryptFile(new Uint8Array(0), { kms: world.client }), 'NOT_A_PACKAGE');
  });

  it('ENV-1: a ZIP file is NOT_A_PACKAGE', async () => {
    await hostile(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), 'NOT_A_PACKAGE', /not a KMS Lab package/);
  });

  it('ENV-1: version 2 is UNSUPPORTED_VERSION', async () => {
    await hostile(header({ version: 2 }), 'UNSUPPORTED_VERSION', /version 2/);
  });

  it('ENV-2: a declared key ARN of 65535 bytes is MALFORMED_HEADER, not an allocation', async () => {
    await hostile(header({ arnLength: 0xffff }), 'MALFORMED_HEADER', /65535-byte key ARN; it must be 1–2048 bytes/);
  });

  it('ENV-2: a declared key ARN of 0 bytes is MALFORMED_HEADER', async () => {
    await hostile(header({ arnLength: 0 }), 'MALFORMED_HEADER', /0-byte key ARN/);
  });

  it('ENV-2: a declared encrypted data key of 65535 bytes is MALFORMED_HEADER', async () => {
    await hostile(header({ edkLength: 0xffff }), 'MALFORMED_HEADER', /65535-byte encrypted data key; it must be 1–6144 bytes/);
  });

  it('ENV-2: a declared encryption context of 65535 bytes is MALFORMED_HEADER', async () => {
    await hostile(header({ contextLength: 0xffff }), 'MALFORMED_HEADER', /65535-byte encryption context; it must be 2–8192 bytes/);
  });

  it('ENV-3: a context that claims 65535 pairs in 8 bytes is MALFORMED_HEADER', async () => {
    await hostile(header({ context: Uint8Array.of(0xff, 0xff, 0, 1, 0x61, 0, 1, 0x62) }), 'MALFORMED_HEADER', /runs past the end of the context section/);
  });

  it('ENV-3: a context with keys out of order, or repeated, is MALFORMED_HEADER', async () => {
    const pair = (k: string, v: string) => [0, k.length, ...utf8(k), 0, v.length, ...utf8(v)];
    await hostile(header({ context: Uint8Array.of(0, 2, ...pair('b', '1'), ...pair('a', '2')) }), 'MALFORMED_HEADER', /ascending/);
    await hostile(header({ context: Uint8Array.of(0, 2, ...pair('a', '1'), ...pair('a', '2')) }), 'MALFORMED_HEADER', /ascending/);
  });

  it('ENV-3: a context that is not UTF-8, or has bytes after its last pair, is MALFORMED_HEADER', async () => {
    await hostile(header({ context: Uint8Array.of(0, 1, 0, 1, 0xff, 0, 0) }), 'MALFORMED_HEADER', /not valid UTF-8/);
    await hostile(header({ context: Uint8Array.of(0, 0, 0x41) }), 'MALFORMED_HEADER', /1 stray byte after the last pair/);
  });

  it.each([
    ['0', 0],
    ['4095', 4095],
    ['4 MiB + 1', MAX_FRAME_SIZE + 1],
    ['2^32 − 1', 0xffffffff],
  ])('ENV-4: a frame size of %s is MALFORMED_HEADER', async (_, frameSize) => {
    await hostile(header({ frameSize }), 'MALFORMED_HEADER', new RegExp(`frame size of ${frameSize} bytes; it must be 4096–4194304`));
  });

  it('a header that is all there but followed by nothing is TRUNCATED', async () => {
    const bytes = header();
    await hostile(bytes, 'TRUNCATED', /no frames/, bytes.length);
  });

  it('a package shorter than its declared header is TRUNCATED', async () => {
    const bytes = header();
    await hostile(bytes, 'TRUNCATED', /truncated inside its header/, bytes.length - 5);
  });
});

describe('readPackageHeader', () => {
  it('shows what a package claims, without KMS', async () => {
    const bytes = new Uint8Array([...header(), ...new Uint8Array(10)]);
    const calls = world.calls.length;
    await expect(readPackageHeader(bytes)).resolves.toMatchObject({
      version: 1,
      keyArn: 'arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000',
      encryptionContext: { a: 'b' },
      frameSize: 65536,
      frameCount: 1,
      packageBytes: bytes.length,
    });
    expect(world.calls.length).toBe(calls);
  });
});
