// The HSM in the same thread, behind the same boundary as the Worker: every message is structured-
// cloned on the way in and out, so nothing but clone-able values crosses, exactly as with postMessage.

import { createHsmCore, wipeResponse, type HsmCore, type HsmCoreOptions } from './core';
import { createDomainKeys } from './domain-key-store';
import type { HsmRequest, HsmResponse, HsmRoute, HsmTransport } from './protocol';

export interface InProcessHsmOptions extends HsmCoreOptions {
  /** Sees every message as it crosses (after cloning). For tests that prove what crosses. */
  tap?: (direction: 'to-hsm' | 'from-hsm', message: HsmRequest | HsmResponse) => void;
}

export const hsmIdFor = (route: HsmRoute) => `hsm-${route.az}`;

/** One HSM per Availability Zone, all sharing their Region's domain keys. */
export function createInProcessHsm(options: InProcessHsmOptions = {}): HsmTransport {
  const domain = options.domain ?? createDomainKeys(options.domainKeys);
  const cores = new Map<string, HsmCore>();
  const coreFor = (route: HsmRoute) => {
    let core = cores.get(route.az);
    if (!core) cores.set(route.az, (core = createHsmCore({ ...options, domain })));
    return core;
  };
  return {
    hsmId: hsmIdFor,
    async call(request) {
      const inbound = structuredClone(request);
      options.tap?.('to-hsm', inbound);
      const response = await coreFor(inbound.route).handle(inbound);
      const outbound = structuredClone(response);
      wipeResponse(response);
      options.tap?.('from-hsm', outbound);
      return outbound;
    },
  };
}
