// The HTTP exchange as the protocol layer sees it. These are structural types on purpose: protocol/
// may import nothing but the engine, so it cannot name smithy's HttpRequest, and it must also serve
// callers that are not an SDK (the terminal, a network inspector).

/** An AWS JSON 1.1 request: host, headers (any case) and body (JSON text or its UTF-8 bytes). */
export interface WireRequest {
  method?: string;
  /** `kms.<region>.amazonaws.com` or `cloudtrail.<region>.amazonaws.com`; the `host` header is the fallback. */
  hostname?: string;
  headers?: Readonly<Record<string, string | undefined>>;
  body?: unknown;
}

/** What the service answered. `body` is always JSON text: an output, `{}`, or `{__type, message}`. */
export interface WireResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface ProtocolOptions {
  /** Recorded in CloudTrail as sourceIPAddress (default: the engine's documentation address). */
  sourceIpAddress?: string;
}

export const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';
