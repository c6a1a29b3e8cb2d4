// The flows a learner can run, and what each needs before it can run. Each one is a real sequence
// of KMS calls (and local work) made by run-flow.ts; nothing here describes steps.

export type FlowKind = 'encrypt' | 'decrypt' | 'envelope-encrypt' | 'envelope-decrypt' | 'generate-without-plaintext' | 're-encrypt';

export interface FlowInfo {
  kind: FlowKind;
  label: string;
  description: string;
  /** What must exist first: a ciphertext from Encrypt, or an envelope in the bucket. */
  needs?: 'ciphertext' | 'envelope';
}

export const FLOWS: readonly FlowInfo[] = [
  { kind: 'encrypt', label: 'Encrypt a short text', description: 'KMS encrypts up to 4,096 bytes itself, inside the HSM.' },
  { kind: 'decrypt', label: 'Decrypt it', description: 'Send the ciphertext back; it names its own key.', needs: 'ciphertext' },
  {
    kind: 'envelope-encrypt',
    label: 'Envelope encryption',
    description: 'GenerateDataKey, encrypt the text locally, wipe the key, store the encrypted key beside the data.',
  },
  { kind: 'envelope-decrypt', label: 'Decrypt the envelope', description: 'Fetch the package, Decrypt its data key, open the data, wipe the key.', needs: 'envelope' },
  { kind: 'generate-without-plaintext', label: 'Data key for later', description: 'GenerateDataKeyWithoutPlaintext: only the encrypted copy comes back.' },
  { kind: 're-encrypt', label: 'ReEncrypt', description: 'Move a ciphertext under another key without ever seeing the plaintext.', needs: 'ciphertext' },
];

export const flowInfo = (kind: FlowKind): FlowInfo => FLOWS.find((flow) => flow.kind === kind)!;

/** The simulated bucket the envelope flows keep their package in. */
export const DEMO_BUCKET = 's3://kms-lab-demo';
export const ENVELOPE_OBJECT = 'notes.txt.kmslab';
