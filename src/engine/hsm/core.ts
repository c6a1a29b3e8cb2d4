// The HSM: the only code in KMS Lab that ever holds key material. It runs inside a Web Worker in the
// browser and in-process in Node, and speaks only the messages of ./protocol.ts.
//
// As in AWS KMS (Cryptographic Details, "key hierarchy"): each Region has a domain key that never
// leaves the HSM; each key version's backing key (HBK) is generated here, wrapped under the domain key
// into an exported key token (EKT), and only the token goes to storage. Each encryption uses the
// backing key with a fresh random IV and binds the ciphertext header and the encryption context as
// additional authenticated data. (AWS KMS also derives a key per message, to stay far inside AES-GCM's
// limits at its scale; see SPEC HSM-3 for why KMS Lab does not.) See ../SPEC.md, HSM-1 … HSM-6.

import { buffer, concatBytes, toBase64, toHex, utf8, zeroise } from '../crypto/bytes';
import { encodeHeader, parseCiphertext, IV_LENGTH, type ParsedCiphertext } from '../crypto/ciphertext';
import { randomPool } from '../crypto/random-pool';
import type { HsmFailure, HsmRequest, HsmResponse, HsmResult, KeyVersionRef } from './protocol';
import { createDomainKeys, type DomainKeys, type DomainKeyStore } from './domain-key-store';

const TOKEN_VERSION = 0x01;
const BACKING_KEY_BYTES = 32;
const TOKEN_AAD_PREFIX = 'kms-lab/exported-key-token/v1|';
const TOKEN_CACHE_LIMIT = 4096;

export interface HsmCoreOptions {
  /** Where domain keys persist (memory by default). Ignored when `domain` is given. */
  domainKeys?: DomainKeyStore;
  /** Domain keys shared with the other HSMs of the fleet. */
  domain?: DomainKeys;
  /** The HSM's random source (crypto.getRandomValues by default). Tests inject a recorder. */
  random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
}

export interface HsmCore {
  handle(request: HsmRequest): Promise<HsmResponse>;
}

class HsmRefusal extends Error {
  constructor(readonly error: HsmFailure['error'], message: string) {
    super(message);
  }
}

interface UnwrappedKey {
  backingKey: CryptoKey;
  keyMaterialId: string;
}

export function createHsmCore(options: HsmCoreOptions = {}): HsmCore {
  const subtle = globalThis.crypto.subtle;
  const random = options.random ?? randomPool();
  const domainKeys = options.domain ?? createDomainKeys(options.domainKeys);
  // Unwrapped backing keys, non-extractable, kept only inside the HSM (as KMS HSMs cache them). An
  // entry is a promise while its token unwraps and the key itself after, so a request whose key is at
  // hand reaches WebCrypto in the turn it arrived in (the engine writes its trail record meanwhile).
  const unwrapped = new Map<string, UnwrappedKey | Promise<UnwrappedKey>>();
  const domainKey = (region: string) => domainKeys.forRegion(region);

  const tokenAad = (keyArn: string) => utf8(TOKEN_AAD_PREFIX + keyArn);
  const keyMaterialIdOf = async (token: Uint8Array) => toHex(new Uint8Array(await subtle.digest('SHA-256', buffer(token))));

  async function generateKeyMaterial(region: string, keyArn: string) {
    const backingKey = random(new Uint8Array(BACKING_KEY_BYTES));
    const iv = random(new Uint8Array(IV_LENGTH));
    try {
      const wrapped = await subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(tokenAad(keyArn)) }, await domainKey(region), buffer(backingKey));
      const token = concatBytes(Uint8Array.of(TOKEN_VERSION), iv, new Uint8Array(wrapped));
      return { token, keyMaterialId: await keyMaterialIdOf(token) };
    } finally {
      zeroise(backingKey);
    }
  }

  function unwrap(region: string, key: KeyVersionRef): UnwrappedKey | Promise<UnwrappedKey> {
    const cacheKey = `${region}|${key.keyArn}|${toBase64(key.token)}`;
    const known = unwrapped.get(cacheKey);
    if (known) return known;
    const pending = (async () => {
      const { token } = key;
      if (token.length !== 1 + IV_LENGTH + BACKING_KEY_BYTES + 16 || token[0] !== TOKEN_VERSION) {
        throw new HsmRefusal('InvalidKeyToken', 'The exported key token is malformed.');
      }
      let backingKey: CryptoKey;
      try {
        backingKey = await subtle.unwrapKey(
          'raw',
          buffer(token.subarray(1 + IV_LENGTH)),
          await domainKey(region),
          { name: 'AES-GCM', iv: buffer(token.subarray(1, 1 + IV_LENGTH)), additionalData: buffer(tokenAad(key.keyArn)) },
          { name: 'AES-GCM', length: 256 },
          false,
          ['encrypt', 'decrypt'],
        );
      } catch {
        throw new HsmRefusal('InvalidKeyToken', 'The exported key token does not unwrap under this Region\'s domain key.');
      }
      return { backingKey, keyMaterialId: await keyMaterialIdOf(token) };
    })();
    // Once unwrapped, the entry holds the key itself; a token that failed leaves no entry behind.
    pending.then(
      (result) => unwrapped.get(cacheKey) === pending && unwrapped.set(cacheKey, result),
      () => unwrapped.get(cacheKey) === pending && unwrapped.delete(cacheKey),
    );
    if (unwrapped.size >= TOKEN_CACHE_LIMIT) unwrapped.delete(unwrapped.keys().next().value!);
    unwrapped.set(cacheKey, pending);
    return pending;
  }

  function seal(region: string, key: KeyVersionRef, plaintext: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    const unwrapping = unwrap(region, key);
    return unwrapping instanceof Promise ? unwrapping.then((unwrapped) => sealWith(unwrapped, key, plaintext, context)) : sealWith(unwrapping, key, plaintext, context);
  }

  async function sealWith({ backingKey, keyMaterialId }: UnwrappedKey, key: KeyVersionRef, plaintext: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    const iv = random(new Uint8Array(IV_LENGTH));
    const keyId = key.keyArn.slice(key.keyArn.lastIndexOf('/') + 1);
    const header = encodeHeader({ keyId, keyMaterialId, iv });
    const sealed = await subtle.encrypt(
      { name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(concatBytes(header, context)) },
      backingKey,
      buffer(plaintext),
    );
    return concatBytes(header, new Uint8Array(sealed));
  }

  function open(region: string, key: KeyVersionRef, ciphertext: Uint8Array, context: Uint8Array): Promise<Uint8Array> {
    const parsed = parseCiphertext(ciphertext);
    if (!parsed.ok) return Promise.reject(new HsmRefusal('InvalidCiphertext', parsed.reason));
    const unwrapping = unwrap(region, key);
    return unwrapping instanceof Promise ? unwrapping.then((unwrapped) => openWith(unwrapped, key, parsed, context)) : openWith(unwrapping, key, parsed, context);
  }

  async function openWith({ backingKey, keyMaterialId }: UnwrappedKey, key: KeyVersionRef, parsed: Extract<ParsedCiphertext, { ok: true }>, context: Uint8Array): Promise<Uint8Array> {
    if (!key.keyArn.endsWith(`/${parsed.header.keyId}`) || parsed.header.keyMaterialId !== keyMaterialId) {
      throw new HsmRefusal('InvalidCiphertext', 'The ciphertext header names a different key version than the token supplied.');
    }
    try {
      const plaintext = await subtle.decrypt(
        { name: 'AES-GCM', iv: buffer(parsed.header.iv), additionalData: buffer(concatBytes(parsed.headerBytes, context)) },
        backingKey,
        buffer(parsed.body),
      );
      return new Uint8Array(plaintext);
    } catch {
      throw new HsmRefusal(
        'InvalidCiphertext',
        'AES-GCM authentication failed: the ciphertext, its header or the encryption context differs from what was encrypted.',
      );
    }
  }

  async function run(request: HsmRequest): Promise<HsmResult> {
    const { region } = request.route;
    switch (request.op) {
      case 'GenerateKeyMaterial':
        return { op: request.op, ...(await generateKeyMaterial(region, request.keyArn)) };
      case 'Encrypt':
        return { op: request.op, ciphertext: await seal(region, request.key, request.plaintext, request.context) };
      case 'Decrypt':
        return { op: request.op, plaintext: await open(region, request.key, request.ciphertext, request.context) };
      case 'GenerateDataKey': {
        const dataKey = random(new Uint8Array(request.numberOfBytes));
        const ciphertext = await seal(region, request.key, dataKey, request.context);
        if (request.returnPlaintext) return { op: request.op, ciphertext, plaintext: dataKey };
        zeroise(dataKey);
        return { op: request.op, ciphertext };
      }
      case 'ReEncrypt': {
        // The plaintext exists only here, between the two keys, and is wiped before we answer.
        const plaintext = await open(region, request.source, request.ciphertext, request.sourceContext);
        try {
          return { op: request.op, ciphertext: await seal(region, request.destination, plaintext, request.destinationContext) };
        } finally {
          zeroise(plaintext);
        }
      }
      case 'GenerateRandom':
        return { op: request.op, random: random(new Uint8Array(request.numberOfBytes)) };
    }
  }

  return {
    async handle(request) {
      try {
        return { ok: true, ...(await run(request)) };
      } catch (error) {
        if (error instanceof HsmRefusal) return { ok: false, op: request.op, error: error.error, message: error.message };
        return { ok: false, op: request.op, error: 'Internal', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/**
 * The HSMs behind one transport: one per Availability Zone (each with its own cache of unwrapped
 * keys), all sharing their Region's domain keys, so a token wrapped in one AZ unwraps in any other.
 */
export function createHsmFleet(options: HsmCoreOptions = {}): HsmCore {
  const shared = { ...options, domain: options.domain ?? createDomainKeys(options.domainKeys) };
  const cores = new Map<string, HsmCore>();
  return {
    handle(request) {
      let core = cores.get(request.route.az);
      if (!core) cores.set(request.route.az, (core = createHsmCore(shared)));
      return core.handle(request);
    },
  };
}

/** Wipes the secret buffers of a response once it has been copied across the boundary. */
export function wipeResponse(response: HsmResponse): void {
  if (!response.ok) return;
  if (response.op === 'Decrypt') zeroise(response.plaintext);
  if (response.op === 'GenerateDataKey' && response.plaintext) zeroise(response.plaintext);
}
