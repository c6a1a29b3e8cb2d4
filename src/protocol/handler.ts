// One AWS JSON 1.1 exchange: host → service and Region, X-Amz-Target → operation, body → engine input,
// engine output or error → response. It never throws: whatever goes wrong becomes an error response.
//
// Which failures reach the engine (and so leave one CloudTrail record, as every kms.send does) is
// decided here, and CONTEXT.md states it: an unknown host or Region, a missing or unknown target, and
// a body that cannot be read as the operation's members are answered before the engine and leave no
// record; everything else (validation, key state, authorization, crypto) is the engine's.

import { KmsError, isKmsError, LOOKUP_EVENTS_MEMBERS, operationMembers, type Kms, type LookupEventsInput, type SendContext } from '../engine/index';
import { readJsonObject } from './body';
import { decodeInput } from './decode';
import { encodeOutput } from './encode';
import { operationOf, parseHost, type Endpoint } from './endpoint';
import { accessKeyIdOf, lowerCaseHeaders, userAgentOf, type Headers } from './headers';
import { newRequestId } from './request-id';
import { JSON_CONTENT_TYPE, type ProtocolOptions, type WireRequest, type WireResponse } from './wire';

function endpointOf(kms: Kms, request: WireRequest, headers: Headers): Endpoint {
  const host = request.hostname ?? headers['host'];
  const endpoint = parseHost(host);
  if (!endpoint) {
    throw new KmsError('UnknownOperationException', `KMS Lab serves kms.<region>.amazonaws.com and cloudtrail.<region>.amazonaws.com; ${host ?? 'a request without a host'} is neither.`);
  }
  if (!kms.regions.some((region) => region.name === endpoint.region)) {
    const known = kms.regions.map((region) => region.name).join(', ');
    throw new KmsError('UnrecognizedClientException', `KMS Lab does not simulate the Region ${endpoint.region}. Simulated Regions: ${known}.`);
  }
  return endpoint;
}

function operationFor(kms: Kms, endpoint: Endpoint, headers: Headers): string {
  const target = headers['x-amz-target'];
  if (target === undefined || target === '') {
    throw new KmsError('UnknownOperationException', 'The request has no X-Amz-Target header; AWS JSON 1.1 names the operation there, as TrentService.<Operation>.');
  }
  const operation = operationOf(endpoint.service, target);
  const known = endpoint.service === 'kms' ? kms.operations : ['LookupEvents'];
  if (operation === undefined || !known.includes(operation)) {
    throw new KmsError('UnknownOperationException', `Unknown operation ${target} at ${endpoint.service}.${endpoint.region}.amazonaws.com.`);
  }
  return operation;
}

async function dispatch(kms: Kms, request: WireRequest, options: ProtocolOptions, requestId: string): Promise<unknown> {
  const headers = lowerCaseHeaders(request.headers);
  const endpoint = endpointOf(kms, request, headers);
  const operation = operationFor(kms, endpoint, headers);
  const json = readJsonObject(request.body);
  if (endpoint.service === 'cloudtrail') {
    const input = decodeInput(LOOKUP_EVENTS_MEMBERS, json) as LookupEventsInput;
    return kms.lookupEvents(input, { region: endpoint.region });
  }
  const input = decodeInput(operationMembers(operation) ?? {}, json);
  const accessKeyId = accessKeyIdOf(headers);
  // An access key no simulated identity owns falls back to the engine's default caller.
  const identity = accessKeyId === undefined ? undefined : kms.identityByAccessKey(accessKeyId);
  const userAgent = userAgentOf(headers);
  const context: SendContext = {
    region: endpoint.region,
    requestId,
    ...(identity && { principal: identity.arn }),
    ...(userAgent !== undefined && { userAgent }),
    ...(options.sourceIpAddress !== undefined && { sourceIpAddress: options.sourceIpAddress }),
  };
  return kms.send(operation, input, context);
}

function response(statusCode: number, requestId: string, body: string, extra: Record<string, string> = {}): WireResponse {
  return { statusCode, headers: { 'content-type': JSON_CONTENT_TYPE, 'x-amzn-requestid': requestId, ...extra }, body };
}

/** Answers one request. Resolves with a response for every input, including malformed ones. */
export async function handleWireRequest(kms: Kms, request: WireRequest, options: ProtocolOptions = {}): Promise<WireResponse> {
  const requestId = newRequestId();
  try {
    const output = await dispatch(kms, request ?? {}, options, requestId);
    return response(200, requestId, encodeOutput(output));
  } catch (thrown) {
    // Anything that is not a KMS exception is a bug somewhere below; AWS shows those as internal errors.
    const error = isKmsError(thrown) ? thrown : new KmsError('KMSInternalException', 'An internal error occurred.');
    return response(error.statusCode, requestId, JSON.stringify({ __type: error.name, message: error.message }), { 'x-amzn-errortype': error.name });
  }
}
