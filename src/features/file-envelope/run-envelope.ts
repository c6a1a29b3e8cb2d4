// Seals a real file into a package, or opens one, with the envelope layer, calling KMS through the
// app's engine store (so GenerateDataKey and Decrypt are ordinary, audited requests). A recorder keeps
// the engine's and the envelope layer's events for the file's journey on the flow diagram.

import type { EventStream } from '../../engine/index';
import { decryptFile, encryptFile, type DecryptFileResult, type EncryptFileResult, type EnvelopeKmsClient, type EnvelopeProgress } from '../../envelope/index';
import { recordFlow, type FlowInput } from '../../flows/index';
import type { Call } from '../../stores/key-list';

/** Where the file lab keeps packages: the learner's own computer, by download and upload. */
export const LOCAL_STORE = 'your computer';
export const PACKAGE_SUFFIX = '.kmslab';

export interface Recorded<T> {
  result?: T;
  error?: unknown;
  inputs: readonly FlowInput[];
  requestIds: readonly string[];
}

interface Options {
  signal: AbortSignal;
  onProgress: (progress: EnvelopeProgress) => void;
}

function clientFor(call: Call, region: string, requestIds: string[]): EnvelopeKmsClient {
  return {
    async send(operation, input) {
      const outcome = await call(operation, input, { region });
      if (outcome.requestId) requestIds.push(outcome.requestId);
      // The envelope layer names KMS's refusal by the AWS exception's name, as an SDK would throw it.
      if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { name: outcome.error.name });
      return outcome.output;
    },
  };
}

async function recorded<T>(events: EventStream, body: (recorder: ReturnType<typeof recordFlow>, requestIds: string[]) => Promise<T>): Promise<Recorded<T>> {
  const recorder = recordFlow(events);
  const requestIds: string[] = [];
  try {
    return { result: await body(recorder, requestIds), inputs: recorder.inputs, requestIds };
  } catch (error) {
    return { error, inputs: recorder.inputs, requestIds };
  } finally {
    recorder.stop();
  }
}

export function sealFile(
  call: Call,
  events: EventStream,
  region: string,
  file: File,
  keyId: string,
  context: Record<string, string> | undefined,
  options: Options,
): Promise<Recorded<EncryptFileResult>> {
  return recorded(events, async (recorder, requestIds) => {
    const sealed = await encryptFile(file, {
      kms: clientFor(call, region, requestIds),
      keyId,
      encryptionContext: context ?? {},
      signal: options.signal,
      onProgress: options.onProgress,
      onEvent: recorder.envelope,
    });
    recorder.app({ type: 'data-store.put', store: LOCAL_STORE, objectName: `${file.name}${PACKAGE_SUFFIX}`, bytes: sealed.packageBytes });
    return sealed;
  });
}

export function openPackage(
  call: Call,
  events: EventStream,
  region: string,
  pkg: File,
  expected: Record<string, string> | undefined,
  options: Options,
): Promise<Recorded<DecryptFileResult>> {
  return recorded(events, async (recorder, requestIds) => {
    recorder.app({ type: 'data-store.get', store: LOCAL_STORE, objectName: pkg.name, bytes: pkg.size });
    return decryptFile(pkg, {
      kms: clientFor(call, region, requestIds),
      ...(expected && { encryptionContext: expected }),
      signal: options.signal,
      onProgress: options.onProgress,
      onEvent: recorder.envelope,
    });
  });
}

/** The original's name for a package's download: "report.pdf.kmslab" → "report.pdf". */
export const originalName = (packageName: string): string =>
  packageName.endsWith(PACKAGE_SUFFIX) && packageName.length > PACKAGE_SUFFIX.length ? packageName.slice(0, -PACKAGE_SUFFIX.length) : `${packageName}.decrypted`;
