// The HSM in the same thread, behind the same boundary as the Worker: every message is structured-
// cloned on the way in and out, so nothing but clone-able values crosses, exactly as with postMessage.

import { createHsmFleet, wipeResponse, type HsmCoreOptions } from './core';
import type { HsmRequest, HsmResponse, HsmRoute, HsmTransport } from './protocol';

export interface InProcessHsmOptions extends HsmCoreOptions {
  /** Sees every message as it crosses (after cloning). For tests that prove what crosses. */
  tap?: (direction: 'to-hsm' | 'from-hsm', message: HsmRequest | HsmResponse) => void;
}

export const hsmIdFor = (route: HsmRoute) => `hsm-${route.az}`;

export function createInProcessHsm(options: InProcessHsmOptions = {}): HsmTransport {
  const fleet = createHsmFleet(options);
  return {
    hsmId: hsmIdFor,
    async call(request) {
      const inbound = structuredClone(request);
      options.tap?.('to-hsm', inbound);
      const response = await fleet.handle(inbound);
      const outbound = structuredClone(response);
      wipeResponse(response);
      options.tap?.('from-hsm', outbound);
      return outbound;
    },
  };
}
