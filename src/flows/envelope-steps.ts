// The application's side of envelope encryption → steps at the app (and its data store): the wipe of
// the plaintext data key, the header, the frames sealed or opened locally, and the package going to
// or coming from the data store. Read from the envelope layer's events and the app's own reports.

import type { EnvelopeEvent } from '../envelope/index';
import { dataKeyCrossing, errorCrossing, localCrossing, packageCrossing } from './crossings';
import { formatBytes, plural } from './format';
import type { AppEvent } from './types';
import type { DraftStep } from './request-steps';

const local = (step: Omit<DraftStep, 'from' | 'to' | 'status' | 'seqs'> & { status?: DraftStep['status'] }): DraftStep => ({
  from: 'app',
  to: 'app',
  status: 'ok',
  seqs: [],
  ...step,
});

/** Keeps what later envelope events need from earlier ones (sizes the later events do not repeat). */
export class EnvelopeSteps {
  #encryptedKeyBytes = 0;
  #contextPairs = 0;
  #frameSize = 0;

  fromEnvelope(event: EnvelopeEvent): DraftStep | null {
    const step = this.#step(event);
    return step && { ...step, source: `envelope ${event.type}` };
  }

  #step(event: EnvelopeEvent): DraftStep | null {
    switch (event.type) {
      case 'data-key-generated':
      case 'data-key-decrypted':
        this.#encryptedKeyBytes = event.encryptedKeyBytes;
        this.#contextPairs = Object.keys(event.encryptionContext).length;
        return null;
      case 'data-key-wiped':
        return local({
          kind: 'wipe',
          title: event.allZero ? 'Plaintext data key wiped' : 'Wipe failed',
          crossed: [dataKeyCrossing(event.allZero ? 'plaintext data key, now all zeros' : 'plaintext data key, NOT zero', event.bytes)],
          wiped: { bytes: event.bytes, allZero: event.allZero },
          status: event.allZero ? 'ok' : 'failed',
          caption: `The app hands the data key to WebCrypto as a non-extractable AES key, then overwrites the ${formatBytes(event.bytes)} that KMS returned with zeros, before any data is ${
            event.mode === 'encrypt' ? 'encrypted' : 'decrypted'
          }. Read back from that very buffer: ${event.allZero ? 'every byte is zero' : 'some bytes are not zero'}.`,
          claims: event.mode === 'encrypt' ? ['S13'] : ['S15'],
        });
      case 'header-written':
        this.#frameSize = event.frameSize;
        return local({
          kind: 'header',
          title: 'Header with the encrypted data key',
          crossed: [localCrossing('encrypted data key', 'data-key-ciphertext', this.#encryptedKeyBytes), localCrossing(`encryption context (${plural(this.#contextPairs, 'pair')})`, 'encryption-context')],
          caption: `The app writes the package header (${formatBytes(event.headerBytes)}): the KMS key ARN, the encrypted data key and the encryption context, sealed with a tag. Whoever opens the package later needs only this header and permission to call Decrypt.`,
          claims: ['S14', 'S18'],
        });
      case 'header-verified':
        this.#frameSize = event.frameSize;
        return local({
          kind: 'header',
          title: 'Header verified',
          crossed: [],
          caption: 'The header’s tag verifies under the data key, so nobody changed the key ARN, the encryption context or the frame size since the package was written.',
          claims: [],
        });
      case 'package-written':
        return local({
          kind: 'seal',
          title: `${plural(event.frameCount, 'frame')} sealed locally${event.frameCount > 1 ? `, ${formatBytes(this.#frameSize)} each` : ''}`,
          crossed: [localCrossing(`${plural(event.frameCount, 'sealed frame')}`, 'ciphertext', event.packageBytes)],
          caption: `The app encrypts ${formatBytes(event.plaintextBytes)} with AES-256-GCM under the data key, in ${plural(event.frameCount, 'frame')}, without calling KMS again. KMS never sees this data: it only ever protected the key.`,
          claims: ['S10', 'S18'],
        });
      case 'package-opened':
        return local({
          kind: 'open',
          title: `${plural(event.frameCount, 'frame')} opened and verified`,
          crossed: [localCrossing('original data', 'plaintext', event.plaintextBytes)],
          caption: `The app decrypts and verifies ${plural(event.frameCount, 'frame')} locally. Only when every frame has verified are the ${formatBytes(event.plaintextBytes)} released; a damaged package releases nothing.`,
          claims: ['S15'],
        });
      case 'failed':
        return local({
          kind: 'local-failure',
          title: `Stopped: ${event.code}`,
          crossed: [errorCrossing(event.code)],
          status: 'failed',
          error: { name: event.code, message: event.message, stage: 'envelope', where: 'app' },
          caption: `${event.message} ${event.mode === 'decrypt' ? 'No plaintext was released.' : 'No package was written.'}`,
          claims: [],
        });
      case 'cancelled':
        return local({ kind: 'cancel', title: 'Cancelled', crossed: [], caption: 'The run was cancelled between frames; nothing was kept.', claims: [] });
      default:
        // Progress reports (frames-sealed, frames-opened) drive progress bars, not steps.
        return null;
    }
  }

  fromApp(event: AppEvent): DraftStep {
    if (event.type === 'data-store.put') {
      return {
        source: 'app data-store.put',
        kind: 'store',
        from: 'app',
        to: 'data-store',
        status: 'ok',
        seqs: [],
        title: `Stored in ${event.store}`,
        crossed: [packageCrossing(`${event.objectName}: ciphertext + encrypted data key`, event.bytes)],
        caption: `The app stores the package as ${event.objectName} in ${event.store}. The encrypted data key travels in its header, right beside the ciphertext it unlocks; the plaintext key is already gone.`,
        claims: ['S14'],
      };
    }
    return {
      source: 'app data-store.get',
      kind: 'fetch',
      from: 'data-store',
      to: 'app',
      status: 'ok',
      seqs: [],
      title: `Fetched from ${event.store}`,
      crossed: [packageCrossing(`${event.objectName}: ciphertext + encrypted data key`, event.bytes)],
      caption: `The app reads ${event.objectName} (${formatBytes(event.bytes)}) back from ${event.store}: the ciphertext, and in its header the encrypted data key that only KMS can open.`,
      claims: ['S14', 'S15'],
    };
  }
}
