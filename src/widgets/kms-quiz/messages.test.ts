import { describe, expect, it, vi } from 'vitest';
import { openChannel, resolveRoute, type WindowLike } from './channel';
import { acceptInbound, outbound, parseInbound, parseTargetOrigin } from './messages';

describe('target-origin', () => {
  it('Precondition: only an exact http(s) origin is a target origin', () => {
    expect(parseTargetOrigin('https://course.example')).toBe('https://course.example');
    expect(parseTargetOrigin('http://127.0.0.1:4197')).toBe('http://127.0.0.1:4197');
    for (const bad of [null, undefined, '', '*', 'null', 'https://course.example/', 'https://course.example/lesson', 'https://course.example?x=1', ' https://course.example', 'https://COURSE.example', 'https://course.example:443', 'javascript:alert(1)', 'file:///etc', 'course.example', 'ftp://course.example']) {
      expect(parseTargetOrigin(bad), String(bad)).toBeNull();
    }
  });
});

describe('inbound message shape', () => {
  it('accepts the two host commands, with or without an instance', () => {
    expect(parseInbound({ source: 'kms-lab-host', version: 1, type: 'restart' })).toEqual({ source: 'kms-lab-host', version: 1, type: 'restart' });
    expect(parseInbound({ source: 'kms-lab-host', version: 1, type: 'hello', instance: 'quiz-a' })).toEqual({ source: 'kms-lab-host', version: 1, type: 'hello', instance: 'quiz-a' });
  });

  it('Precondition: anything else is refused, including extra fields and the widget’s own messages', () => {
    for (const bad of [
      null,
      'restart',
      [],
      { source: 'kms-lab-host', version: 2, type: 'restart' },
      { source: 'kms-lab', version: 1, type: 'restart' },
      { source: 'kms-lab-host', version: 1, type: 'answer' },
      { source: 'kms-lab-host', version: 1, type: 'restart', score: 5 },
      { source: 'kms-lab-host', version: 1, type: 'restart', instance: 42 },
      { source: 'kms-lab-host', version: 1, type: 'restart', instance: '<img src=x>' },
      outbound('quiz-a', { type: 'resize', height: 300 }),
    ]) {
      expect(parseInbound(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('inbound acceptance', () => {
  const peer = { postMessage() {} };
  const rule = { targetOrigin: 'https://course.example', peer, instance: 'quiz-a' };
  const data = { source: 'kms-lab-host', version: 1, type: 'restart' };

  it('accepts a valid command from the target origin and the peer window', () => {
    expect(acceptInbound({ origin: 'https://course.example', source: peer, data }, rule)?.type).toBe('restart');
  });

  it('Precondition: a message from another origin is ignored, even a look-alike', () => {
    for (const origin of ['https://evil.example', 'https://course.example.evil.example', 'http://course.example', 'null']) {
      expect(acceptInbound({ origin, source: peer, data }, rule), origin).toBeNull();
    }
  });

  it('Precondition: a message from another window at the right origin is ignored', () => {
    expect(acceptInbound({ origin: 'https://course.example', source: { postMessage() {} }, data }, rule)).toBeNull();
    expect(acceptInbound({ origin: 'https://course.example', source: null, data }, rule)).toBeNull();
  });

  it('Precondition: a command for another instance is ignored; one without an instance is for all', () => {
    expect(acceptInbound({ origin: 'https://course.example', source: peer, data: { ...data, instance: 'quiz-b' } }, rule)).toBeNull();
    expect(acceptInbound({ origin: 'https://course.example', source: peer, data: { ...data, instance: 'quiz-a' } }, rule)?.instance).toBe('quiz-a');
  });

  it('Precondition: without a target origin nothing is accepted', () => {
    expect(acceptInbound({ origin: 'https://course.example', source: peer, data }, { ...rule, targetOrigin: null })).toBeNull();
  });
});

/** A window double: records what was posted to it and lets a test deliver messages to its listeners. */
function fakeWindow(origin: string, parent?: unknown, ancestorOrigins?: string[]) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const posted: { message: unknown; targetOrigin: string }[] = [];
  const win: WindowLike & { posted: typeof posted; deliver(event: { origin: string; source: unknown; data: unknown }): void } = {
    location: { origin, ...(ancestorOrigins ? { ancestorOrigins: Object.assign([...ancestorOrigins], { length: ancestorOrigins.length }) } : {}) },
    parent: undefined,
    posted,
    postMessage(message, targetOrigin) {
      if (targetOrigin === '*') throw new Error('posted to *');
      posted.push({ message, targetOrigin });
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    deliver(event) {
      for (const listener of listeners) listener(event as MessageEvent);
    },
  };
  (win as { parent: unknown }).parent = parent ?? win;
  return win;
}

describe('the channel', () => {
  const statementLike = outbound('quiz-a', { type: 'ready', topic: 'envelope-encryption', count: 5 });

  it('on the host’s own page, posts to its own window with the exact target origin', () => {
    const win = fakeWindow('https://course.example');
    const channel = openChannel({ win, targetOrigin: 'https://course.example', instance: 'quiz-a', onCommand: () => {} });
    expect(channel.route).toMatchObject({ kind: 'same-page' });
    expect(channel.post(statementLike)).toBe(true);
    expect(win.posted).toEqual([{ message: statementLike, targetOrigin: 'https://course.example' }]);
  });

  it('in a frame, posts to the parent with the exact target origin', () => {
    const parent = fakeWindow('https://course.example');
    const win = fakeWindow('https://kms-lab.example', parent, ['https://course.example']);
    const channel = openChannel({ win, targetOrigin: 'https://course.example', instance: 'quiz-a', onCommand: () => {} });
    expect(channel.route).toMatchObject({ kind: 'parent' });
    channel.post(statementLike);
    expect(parent.posted).toEqual([{ message: statementLike, targetOrigin: 'https://course.example' }]);
    expect(win.posted).toEqual([]);
  });

  it('Precondition: with no valid target origin, nothing is sent and a warning (not an error) says why', () => {
    const win = fakeWindow('https://course.example');
    const warn = vi.fn();
    const channel = openChannel({ win, targetOrigin: parseTargetOrigin('*'), instance: 'quiz-a', onCommand: () => {}, warn });
    expect(channel.post(statementLike)).toBe(false);
    expect(win.posted).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/target-origin attribute is missing or is not an exact origin/);
  });

  it('Precondition: a page at another origin, not framed, sends nothing', () => {
    const win = fakeWindow('https://other.example');
    const warn = vi.fn();
    const channel = openChannel({ win, targetOrigin: 'https://course.example', instance: 'quiz-a', onCommand: () => {}, warn });
    expect(channel.post(statementLike)).toBe(false);
    expect(warn.mock.calls[0]![0]).toMatch(/this page is https:\/\/other\.example, not its target-origin/);
  });

  it('Precondition: a frame whose framer is known to be another origin sends nothing', () => {
    const parent = fakeWindow('https://evil.example');
    const win = fakeWindow('https://kms-lab.example', parent, ['https://evil.example']);
    expect(resolveRoute(win, 'https://course.example')).toEqual({ peer: null, reason: 'it is framed by https://evil.example, not by its target-origin https://course.example' });
  });

  it('delivers commands only from the peer at the target origin, and stops listening when disposed', () => {
    const parent = fakeWindow('https://course.example');
    const win = fakeWindow('https://kms-lab.example', parent);
    const onCommand = vi.fn();
    const channel = openChannel({ win, targetOrigin: 'https://course.example', instance: 'quiz-a', onCommand });
    const data = { source: 'kms-lab-host', version: 1, type: 'restart' };
    win.deliver({ origin: 'https://evil.example', source: parent, data });
    win.deliver({ origin: 'https://course.example', source: win, data });
    expect(onCommand).not.toHaveBeenCalled();
    win.deliver({ origin: 'https://course.example', source: parent, data });
    expect(onCommand).toHaveBeenCalledOnce();
    channel.dispose();
    win.deliver({ origin: 'https://course.example', source: parent, data });
    expect(onCommand).toHaveBeenCalledOnce();
  });
});
