// The byte layout of FORMAT.md (ENV-1 … ENV-8): the codec writes each field where the tables put it,
// and the context encoding is canonical. Hostile headers are in hostile-header.test.ts.

import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes';
import type { EnvelopeError } from './errors';
import { FRAME_FINAL, MAGIC, MAX_HEADER_BYTES, decodeContext, encodeContext, encodeFrameHead, encodeHeaderBody, frameAad, parseHeader } from './format';

describe('layout', () => {
  it('ENV-2: the header fields sit where FORMAT.md\'s table puts them', () => {
    const iv = new Uint8Array(12).fill(0xaa);
    const body = encodeHeaderBody({ keyArn: 'arn:x', encryptedDataKey: Uint8Array.of(1, 2, 3), encryptionContext: { k: 'v' }, frameSize: 65536, iv });
    expect([...body]).toEqual([
      ...MAGIC, 0x01, // magic, version
      0x00, 0x05, ...utf8('arn:x'), // key ARN
      0x00, 0x03, 1, 2, 3, // encrypted data key
      0x00, 0x08, 0x00, 0x01, 0x00, 0x01, ...utf8('k'), 0x00, 0x01, ...utf8('v'), // encryption context
      0x00, 0x01, 0x00, 0x00, // frame size
      ...iv,
    ]);
  });

  it('ENV-7: a frame head is sequence number, kind, plaintext length, IV', () => {
    const iv = new Uint8Array(12).fill(0xbb);
    expect([...encodeFrameHead(0x01020304, true, 0x0a0b0c0d, iv)]).toEqual([1, 2, 3, 4, FRAME_FINAL, 0x0a, 0x0b, 0x0c, 0x0d, ...iv]);
  });

  it('ENV-8: a frame\'s AAD is header digest, sequence number, kind, plaintext length', () => {
    const digest = new Uint8Array(32).fill(7);
    expect([...frameAad(digest, 5, false, 4096)]).toEqual([...digest, 0, 0, 0, 5, 0, 0, 0, 0x10, 0x00]);
  });

  it('ENV-3: the context encoding is canonical: order does not matter, and lengths keep pairs apart', () => {
    expect(encodeContext({ b: '2', a: '1' })).toEqual(encodeContext({ a: '1', b: '2' }));
    expect(encodeContext({ a: 'bc' })).not.toEqual(encodeContext({ ab: 'c' }));
    expect([...encodeContext({})]).toEqual([0, 0]);
    const context = { 'zeta': '', 'äpfel': 'birnen', '': 'leer', 'A': 'upper' };
    expect(decodeContext(encodeContext(context))).toEqual(context);
  });
});

describe('parseHeader', () => {
  it('ENV-2: reads back what encodeHeaderBody wrote, and the largest possible header fits MAX_HEADER_BYTES', () => {
    const fields = {
      keyArn: 'a'.repeat(2048),
      encryptedDataKey: new Uint8Array(6144).fill(3),
      encryptionContext: { k: 'v'.repeat(8192 - 2 - 2 - 1 - 2) },
      frameSize: 4096,
      iv: new Uint8Array(12).fill(4),
    };
    const body = encodeHeaderBody(fields);
    const bytes = new Uint8Array([...body, ...new Uint8Array(16).fill(5)]);
    expect(bytes.length).toBe(MAX_HEADER_BYTES);
    const parsed = parseHeader(bytes, bytes.length + 100);
    expect(parsed).toMatchObject({ version: 1, keyArn: fields.keyArn, encryptionContext: fields.encryptionContext, frameSize: 4096 });
    expect(parsed.encryptedDataKey).toEqual(fields.encryptedDataKey);
    expect(parsed.body).toEqual(body);
    expect(parsed.tag).toEqual(new Uint8Array(16).fill(5));
  });

  it('ENV-1: a prefix of the magic is TRUNCATED, anything else NOT_A_PACKAGE', () => {
    const code = (bytes: Uint8Array) => {
      try {
        parseHeader(bytes, bytes.length);
      } catch (error) {
        return (error as EnvelopeError).code;
      }
      return 'parsed';
    };
    expect(code(utf8('KMS'))).toBe('TRUNCATED');
    expect(code(utf8('KMSLAB'))).toBe('TRUNCATED');
    expect(code(utf8('KMSLAC'))).toBe('NOT_A_PACKAGE');
    expect(code(new Uint8Array(0))).toBe('NOT_A_PACKAGE');
  });
});
