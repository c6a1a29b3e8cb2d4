// The HSM in the same thread, behind the same boundary as the Worker: every message is copied on the
// way in and out (copyHsmMessage), so only plain data crosses and neither side shares a buffer with
// the other, exactly as with postMessage.

import { createHsmFleet, wipeResponse, type HsmCoreOptions } from './core';
import { copyHsmMessage, type HsmRequest, type HsmResponse, type HsmRoute, type HsmTransport } from './protocol';

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
      const inbound = copyHsmMessage(request);
      options.tap?.('to-hsm', inbound);
      const response = await fleet.handle(inbound);
      const outbound = copyHsmMessage(response);
      wipeResponse(response);
      options.tap?.('from-hsm', outbound);
      return outbound;
    },
  };
}
