// Which window a widget talks to, and the one place it calls postMessage. The rules:
// - it posts only with the exact target origin the host gave as targetOrigin, never '*';
// - the peer is the widget's own window when the page itself is at the target origin (a custom
//   element on the host's page), else the parent window when the page is framed (the iframe route, or
//   a course page inside an LMS) and the framing origin is not known to differ; else there is none,
//   nothing is sent and the widget says why once, as a console warning;
// - inbound messages count only from that origin and that peer window (acceptInbound).

import { acceptInbound, type InboundMessage, type OutboundMessage } from './messages';

/** The parts of `window` the channel uses; a real Window fits, and so does a test double. */
export interface WindowLike {
  readonly location: { readonly origin: string; readonly ancestorOrigins?: { readonly length: number; readonly [index: number]: string } };
  readonly parent: unknown;
  postMessage(message: unknown, targetOrigin: string): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

interface PeerWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

export type Route = { peer: PeerWindow; kind: 'same-page' | 'parent' } | { peer: null; reason: string };

export function resolveRoute(win: WindowLike, targetOrigin: string | null): Route {
  if (targetOrigin === null) return { peer: null, reason: 'its target-origin attribute is missing or is not an exact origin such as https://course.example' };
  if (win.location.origin === targetOrigin) return { peer: win, kind: 'same-page' };
  if (win.parent !== win && win.parent !== null && typeof win.parent === 'object') {
    // Chromium and Safari say who frames the page; where they say it differs, posting would only
    // produce the browser's own "target origin does not match" error.
    const framer = win.location.ancestorOrigins?.[0];
    if (framer !== undefined && framer !== targetOrigin) return { peer: null, reason: `it is framed by ${framer}, not by its target-origin ${targetOrigin}` };
    return { peer: win.parent as PeerWindow, kind: 'parent' };
  }
  return { peer: null, reason: `this page is ${win.location.origin}, not its target-origin ${targetOrigin}, and no other page frames it` };
}

export interface Channel {
  readonly route: Route;
  post(message: OutboundMessage): boolean;
  dispose(): void;
}

export interface ChannelOptions {
  win: WindowLike;
  targetOrigin: string | null;
  instance: string;
  onCommand: (message: InboundMessage) => void;
  warn?: (text: string) => void;
}

export function openChannel({ win, targetOrigin, instance, onCommand, warn }: ChannelOptions): Channel {
  const route = resolveRoute(win, targetOrigin);
  if (route.peer === null) warn?.(`<kms-quiz> "${instance}" sends no score messages: ${route.reason}. DOM events on the element still fire.`);
  const listener = (event: MessageEvent) => {
    const message = acceptInbound(event, { targetOrigin, peer: route.peer, instance });
    if (message !== null) onCommand(message);
  };
  if (route.peer !== null) win.addEventListener('message', listener);
  return {
    route,
    post(message) {
      if (route.peer === null || targetOrigin === null) return false;
      route.peer.postMessage(message, targetOrigin);
      return true;
    },
    dispose() {
      win.removeEventListener('message', listener);
    },
  };
}
