// Runs one flow for real: the KMS calls go through the app's engine store (so they are ordinary,
// audited requests), the envelope flows use the real envelope layer, and a recorder captures the
// engine's and the envelope layer's events while it runs. The timeline is built afterwards from
// the requests this run made, and nothing else.

import type { EventStream } from '../../engine/index';
import { decryptFile, encryptFile, type EnvelopeEvent, type EnvelopeKmsClient } from '../../envelope/index';
import { buildTimeline, recordFlow, type Timeline } from '../../flows/index';
import type { Call } from '../../stores/key-list';
import { DEMO_BUCKET, ENVELOPE_OBJECT, type FlowKind } from './flow-kinds';

export interface Sealed {
  ciphertext: Uint8Array;
  context: Record<string, string> | undefined;
}

/** What this run sent and got back, by request id: the inspector shows these bytes, never events'. */
export interface RequestRecord {
  operation: string;
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
}

export interface DataKeyProof {
  /** The very Uint8Array KMS returned as Plaintext; the envelope layer wiped it in place. */
  buffer: Uint8Array;
  /** A copy taken only to display the key as it arrived; wiped too once playback passes the wipe. */
  shown: Uint8Array;
  /** The buffer the envelope layer reported wiping is the one KMS returned (same object). */
  sameBuffer: boolean;
}

export interface FlowRun {
  kind: FlowKind;
  timeline: Timeline;
  requests: ReadonlyMap<string, RequestRecord>;
  dataKey?: DataKeyProof;
  /** The learner's own bytes (the text) and, for the envelope flows, the package and what it opened to. */
  plaintext?: Uint8Array;
  packageBytes?: Uint8Array;
  opened?: Uint8Array;
  /** The new ciphertext or envelope this run left behind for the next flow. */
  sealed?: Sealed;
  envelope?: Blob;
}

export interface FlowRequest {
  kind: FlowKind;
  keyId: string;
  text: string;
  context: Record<string, string> | undefined;
  /** From the last Encrypt, for Decrypt and ReEncrypt. */
  sealed?: Sealed | undefined;
  /** The package in the demo bucket, for the envelope's read path. */
  envelope?: Blob | undefined;
  destinationKeyId?: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export async function runFlow(call: Call, events: EventStream, region: string, request: FlowRequest): Promise<FlowRun> {
  const recorder = recordFlow(events);
  const requests = new Map<string, RequestRecord>();
  const run: Omit<FlowRun, 'timeline'> & { timeline?: Timeline } = { kind: request.kind, requests };

  const send = async (operation: string, input: Record<string, unknown>) => {
    const outcome = await call(operation, input, { region });
    if (outcome.requestId) requests.set(outcome.requestId, { operation, input, ...(outcome.ok && { output: outcome.output }) });
    return outcome;
  };
  // The envelope layer's KMS client: the same audited calls, and a look at the data key on its way.
  const client: EnvelopeKmsClient = {
    async send(operation, input) {
      const outcome = await send(operation, input);
      if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { name: outcome.error.name });
      const plaintext = outcome.output.Plaintext;
      if (plaintext instanceof Uint8Array) run.dataKey = { buffer: plaintext, shown: plaintext.slice(), sameBuffer: false };
      return outcome.output;
    },
  };
  const onEvent = (event: EnvelopeEvent) => {
    if (event.type === 'data-key-wiped' && run.dataKey) run.dataKey.sameBuffer = event.buffer === run.dataKey.buffer;
    recorder.envelope(event);
  };

  try {
    await perform(request, send, client, onEvent, recorder.app, run);
  } catch {
    // A refusal is part of the flow: the timeline shows where it happened.
  } finally {
    recorder.stop();
  }
  return { ...run, timeline: buildTimeline(recorder.inputs, { requestIds: new Set(requests.keys()), collapse: 'never' }) };
}

type Send = (operation: string, input: Record<string, unknown>) => ReturnType<Call>;

async function perform(
  request: FlowRequest,
  send: Send,
  client: EnvelopeKmsClient,
  onEvent: (event: EnvelopeEvent) => void,
  app: ReturnType<typeof recordFlow>['app'],
  run: Omit<FlowRun, 'timeline'>,
): Promise<void> {
  const context = request.context ? { EncryptionContext: request.context } : {};
  switch (request.kind) {
    case 'encrypt': {
      run.plaintext = utf8(request.text);
      const outcome = await send('Encrypt', { KeyId: request.keyId, Plaintext: run.plaintext, ...context });
      if (outcome.ok) run.sealed = { ciphertext: outcome.output.CiphertextBlob as Uint8Array, context: request.context };
      return;
    }
    case 'decrypt':
      await send('Decrypt', { CiphertextBlob: request.sealed!.ciphertext, ...context });
      return;
    case 'generate-without-plaintext':
      await send('GenerateDataKeyWithoutPlaintext', { KeyId: request.keyId, KeySpec: 'AES_256', ...context });
      return;
    case 're-encrypt': {
      const source = request.sealed!.context ? { SourceEncryptionContext: request.sealed!.context } : {};
      const destination = request.context ? { DestinationEncryptionContext: request.context } : {};
      await send('ReEncrypt', { CiphertextBlob: request.sealed!.ciphertext, DestinationKeyId: request.destinationKeyId ?? request.keyId, ...source, ...destination });
      return;
    }
    case 'envelope-encrypt': {
      run.plaintext = utf8(request.text);
      const sealed = await encryptFile(run.plaintext, { kms: client, keyId: request.keyId, encryptionContext: request.context ?? {}, onEvent });
      run.envelope = sealed.blob;
      run.packageBytes = new Uint8Array(await sealed.blob.arrayBuffer());
      app({ type: 'data-store.put', store: DEMO_BUCKET, objectName: ENVELOPE_OBJECT, bytes: sealed.packageBytes });
      return;
    }
    case 'envelope-decrypt': {
      const blob = request.envelope!;
      run.packageBytes = new Uint8Array(await blob.arrayBuffer());
      app({ type: 'data-store.get', store: DEMO_BUCKET, objectName: ENVELOPE_OBJECT, bytes: blob.size });
      const opened = await decryptFile(blob, { kms: client, onEvent });
      run.opened = new Uint8Array(await opened.blob.arrayBuffer());
    }
  }
}
