// What each engine step means, in plain words for someone preparing for the CSAA exam. Every caption
// is built from the facts of the event it describes (sizes, AZ, key state, decision), never from a
// script of what "usually" happens. Seed claim IDs point to shared/reference/seed-claims.md.

import { formatBytes, shortKey } from './format';

export interface Caption {
  title: string;
  caption: string;
  claims: string[];
}

const WHY_REQUEST: Record<string, Omit<Caption, 'title'>> = {
  Encrypt: {
    caption: 'KMS encrypts this small payload itself. Encrypt accepts 1 to 4,096 bytes; anything larger is a job for a data key.',
    claims: ['S9'],
  },
  Decrypt: {
    caption: 'No key ID is needed: the ciphertext blob names the KMS key that sealed it. The encryption context, if one was used, must come along unchanged.',
    claims: [],
  },
  GenerateDataKey: {
    caption: 'The app asks for a fresh data key protected by this KMS key. The KMS key itself will never leave KMS; the data key is what encrypts data, outside KMS.',
    claims: ['S10', 'S11'],
  },
  GenerateDataKeyWithoutPlaintext: {
    caption: 'The app wants a data key it will only use later, so it asks for the encrypted copy alone. No usable key comes back yet.',
    claims: ['S12'],
  },
  ReEncrypt: {
    caption: 'The app asks KMS to move a ciphertext under another key (or the same key, after rotation). The plaintext is handled inside KMS and never returns to the app.',
    claims: ['S11'],
  },
};

export function requestCaption(operation: string, region: string, dataKey: boolean, bytes: number | undefined): Caption {
  const title = `${operation} request`;
  if (operation === 'Decrypt' && dataKey) {
    return {
      title: 'Decrypt the data key',
      caption: `To read the data, the app sends the encrypted data key it stored beside it to KMS in ${region}, with the same encryption context.`,
      claims: ['S14', 'S15'],
    };
  }
  const why = WHY_REQUEST[operation] ?? { caption: 'A management call: it changes or reads the key, not your data.', claims: [] };
  const size = bytes === undefined ? '' : ` (${formatBytes(bytes)})`;
  return { title, caption: `The app calls ${operation}${size} on the KMS endpoint of ${region}, over TLS. ${why.caption}`, claims: why.claims };
}

export function routeCaption(az: string, hsmId: string, latencyMs: number): Caption {
  const latency = latencyMs > 0 ? ` The simulated network adds ${latencyMs} ms.` : '';
  return {
    title: `Routed to ${az}`,
    caption: `The endpoint hands the request to ${az}, an Availability Zone whose HSM (${hsmId}) is up and whose storage replica is current. Every Region runs KMS in at least three AZs.${latency}`,
    claims: ['S3'],
  };
}

export function validateCaption(operation: string): Caption {
  return {
    title: 'Request validated',
    caption: `KMS checks every member of the ${operation} request against the API's rules (types, lengths, required members) before it looks at any key. This one passes.`,
    claims: [],
  };
}

export function authorizeCaption(action: string, decision: 'Allow' | 'Deny', reason: string): Caption {
  return {
    title: `${action}: ${decision}`,
    caption: `Authorization decides whether the caller may use ${action}. ${reason}`,
    claims: [],
  };
}

export function resolveCaption(keyArn: string, keyState: string, via: string, az: string, role: string | undefined): Caption {
  const found =
    via === 'ciphertext' ? 'found through the ciphertext header, which names its key' : via.startsWith('alias') ? 'found through its alias' : 'named directly';
  const which = role ? `${role} key` : 'key';
  return {
    title: `Key ${shortKey(keyArn)}: ${keyState}`,
    caption: `KMS reads the ${which} ${shortKey(keyArn)} (${found}) from the ${az} storage replica: its state is ${keyState}. Its key material is there only as a token wrapped under the Region's domain key, which only an HSM can open.`,
    claims: ['S11'],
  };
}

export function toHsmCaption(operation: string, hsmId: string): Caption {
  const work =
    operation === 'GenerateDataKey' ? 'make a new data key' : operation === 'ReEncrypt' ? 'decrypt and re-encrypt without showing anyone the plaintext' : `run ${operation}`;
  return {
    title: `Into ${hsmId}`,
    caption: `KMS sends ${hsmId} the wrapped key token and the request's data to ${work}. Only inside the HSM is the token unwrapped; the KMS key never leaves it.`,
    claims: ['S6', 'S11'],
  };
}

export function fromHsmCaption(operation: string, hsmId: string, dataKey: boolean, withPlaintextKey: boolean): Caption {
  if (operation === 'GenerateDataKey' || operation === 'GenerateDataKeyWithoutPlaintext') {
    return withPlaintextKey
      ? {
          title: 'Data key, twice',
          caption: `${hsmId} made a random 256-bit data key and returns it twice: in plaintext, for the app to use now, and encrypted under the KMS key, for the app to store.`,
          claims: ['S12'],
        }
      : {
          title: 'Encrypted data key only',
          caption: `${hsmId} made a data key and returns only its encrypted copy. The app can store it now and ask KMS to Decrypt it on the day it needs the key.`,
          claims: ['S12'],
        };
  }
  if (operation === 'Decrypt' && dataKey) {
    return { title: 'Plaintext data key', caption: `${hsmId} opened the encrypted data key. The plaintext data key goes back to the app, which must wipe it after use.`, claims: ['S15'] };
  }
  const what = operation === 'Decrypt' ? 'the plaintext' : 'the ciphertext, sealed with AES-256-GCM with the encryption context bound in';
  return { title: `Out of ${hsmId}`, caption: `${hsmId} returns ${what}. The key token it used stays behind in the HSM.`, claims: ['S11'] };
}

export function writeCaption(keysChanged: number, failed: boolean): Caption {
  const what = keysChanged > 0 ? 'the changed key records and the CloudTrail record, in one atomic batch' : 'only the CloudTrail record: no key changed';
  return {
    title: 'Durable write',
    caption: failed
      ? 'The refused request changes nothing, but its CloudTrail record is still written to durable storage.'
      : `KMS writes ${what}, so the call is on record before the app gets its answer.`,
    claims: failed ? ['S4'] : [],
  };
}

export function trailCaption(eventName: string, errorCode: string | undefined): Caption {
  return {
    title: errorCode ? `CloudTrail: ${errorCode}` : `CloudTrail: ${eventName}`,
    caption: errorCode
      ? `CloudTrail keeps a ${eventName} record with errorCode ${errorCode}: refused calls are audited too, which is how you spot someone probing a key.`
      : `CloudTrail keeps a ${eventName} record: who called, when, which key and the encryption context. Never the plaintext, the ciphertext or any key.`,
    claims: ['S4'],
  };
}

export function responseCaption(operation: string, dataKey: boolean, withPlaintextKey: boolean): Caption {
  if (operation === 'GenerateDataKey' && withPlaintextKey) {
    return {
      title: 'Both keys reach the app',
      caption: 'The app now holds the plaintext data key and the encrypted data key. The plaintext one is the app’s responsibility: use it, then remove it from memory.',
      claims: ['S12', 'S13'],
    };
  }
  if (operation === 'Decrypt' && dataKey) {
    return { title: 'Data key back in the app', caption: 'The app has the plaintext data key again, just long enough to open the data.', claims: ['S15'] };
  }
  return { title: `${operation} answered`, caption: `KMS answers ${operation}. KMS kept no copy of your data or of any data key.`, claims: ['S11'] };
}
