// KMS Lab's AWS JSON 1.1 wire adapter: the protocol layer's only public face (ARCHITECTURE.md,
// "The engine's public contract"). The real @aws-sdk clients plug in through sdkRequestHandler;
// the terminal calls callKmsJson. Both reach the engine through the same handler.

export { sdkRequestHandler } from './sdk-handler';
export type { SdkHttpResponse, SdkRequestHandler } from './sdk-handler';
export { callKmsJson } from './call';
export type { JsonCall } from './call';
export { handleWireRequest } from './handler';
export { KMS_TARGET_PREFIX, CLOUDTRAIL_TARGET_PREFIX } from './endpoint';
export type { ProtocolOptions, WireRequest, WireResponse } from './wire';
