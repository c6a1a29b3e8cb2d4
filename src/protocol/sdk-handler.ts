// The `requestHandler` that @aws-sdk/client-kms and @aws-sdk/client-cloudtrail send through instead
// of HTTPS. The SDK builds, signs and parses exactly as it would against AWS; only the transport is
// swapped, so learners' code and the ESDK run unchanged against the simulator.

import type { Kms } from '../engine/index';
import { handleWireRequest } from './handler';
import type { ProtocolOptions, WireRequest } from './wire';

const encoder = new TextEncoder();

/** The HTTP response shape smithy's HttpHandler returns; the SDK accepts a plain object. */
export interface SdkHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  // Bytes, not text: the SDK's collectBody passes a Uint8Array through and would hand anything else to
  // a platform stream collector.
  body: Uint8Array;
}

export interface SdkRequestHandler {
  handle(request: WireRequest, options?: unknown): Promise<{ response: SdkHttpResponse }>;
  /** There is no HTTP client to configure; the SDK calls these on every handler. */
  updateHttpClientConfig(key: string, value: unknown): void;
  httpHandlerConfigs(): Record<string, never>;
}

export function sdkRequestHandler(kms: Kms, options: ProtocolOptions = {}): SdkRequestHandler {
  return {
    async handle(request) {
      const response = await handleWireRequest(kms, request, options);
      return { response: { statusCode: response.statusCode, headers: response.headers, body: encoder.encode(response.body) } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
  };
}
