// What the protocol reads from request headers. HTTP header names are case-insensitive; the SDK sends
// them in lower case, curl and the terminal may not.

export type Headers = Readonly<Record<string, string>>;

export function lowerCaseHeaders(headers: Readonly<Record<string, string | undefined>> | undefined): Headers {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string') out[name.toLowerCase()] = value;
  }
  return out;
}

/**
 * The access key id in a SigV4 Authorization header:
 * `AWS4-HMAC-SHA256 Credential=AKIA…/20261129/us-east-1/kms/aws4_request, SignedHeaders=…, Signature=…`.
 * KMS Lab does not check the signature (there is no secret to check it against); the access key id
 * only says which simulated identity is calling, as it does for AWS before IAM authorizes.
 */
export function accessKeyIdOf(headers: Headers): string | undefined {
  const authorization = headers['authorization'];
  if (authorization === undefined) return undefined;
  return /\bCredential=([A-Za-z0-9]+)\//.exec(authorization)?.[1];
}

/**
 * CloudTrail's userAgent. Node SDKs send the detailed `user-agent`; browsers forbid setting it, so the
 * browser SDK sends `x-amz-user-agent` instead.
 */
export function userAgentOf(headers: Headers): string | undefined {
  return headers['user-agent'] ?? headers['x-amz-user-agent'];
}
