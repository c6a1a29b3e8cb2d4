// The terminal's way in: the same protocol path as the SDK, without an SDK. A command names a Region
// and a target and brings JSON; it gets back what the wire would carry.

import type { Kms } from '../engine/index';
import { hostFor } from './endpoint';
import { handleWireRequest } from './handler';
import { JSON_CONTENT_TYPE, type ProtocolOptions, type WireResponse } from './wire';

export interface JsonCall {
  region: string;
  /** `TrentService.Encrypt`, or `CloudTrail_20131101.LookupEvents`. */
  target: string;
  /** JSON text (or its UTF-8 bytes); an empty body means `{}`. */
  body?: string | Uint8Array;
  /** Extra headers, e.g. an Authorization header naming a simulated identity's access key. */
  headers?: Readonly<Record<string, string>>;
}

export function callKmsJson(kms: Kms, call: JsonCall, options: ProtocolOptions = {}): Promise<WireResponse> {
  return handleWireRequest(
    kms,
    {
      method: 'POST',
      hostname: hostFor(call.target, call.region),
      headers: { 'content-type': JSON_CONTENT_TYPE, ...call.headers, 'x-amz-target': call.target },
      body: call.body ?? '',
    },
    options,
  );
}
