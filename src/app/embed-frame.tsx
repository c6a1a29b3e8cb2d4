// The iframe route, #/embed/quiz?topic=…&count=…&seed=…&target-origin=…&instance=…: the <kms-quiz>
// widget alone, for hosts that embed KMS Lab with an <iframe>. The widget posts its statements to the
// parent at target-origin (it sees that it is framed); this page adds the auto-resize handshake: it
// posts { type: 'resize', height } to the parent whenever its content changes height, and again when
// the parent says { type: 'hello' }. No shell and no engine: the quiz needs neither.

import { createElement, useEffect, useMemo, useRef } from 'react';
import { openChannel } from '../widgets/kms-quiz/channel';
import { instanceFromId, outbound, parseTargetOrigin } from '../widgets/kms-quiz/messages';

export function isEmbedFramePath(path: string): boolean {
  return path === '/embed/quiz';
}

export interface EmbedFrameParams {
  topic: string | null;
  count: string | null;
  seed: string | null;
  targetOrigin: string | null;
  instance: string;
}

/** The widget's settings from the hash's query string ('#/embed/quiz?topic=…'). */
export function embedFrameParams(hash: string): EmbedFrameParams {
  const query = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  return {
    topic: query.get('topic'),
    count: query.get('count'),
    seed: query.get('seed'),
    targetOrigin: parseTargetOrigin(query.get('target-origin')),
    instance: instanceFromId(query.get('instance') ?? '') ?? 'kms-quiz-frame',
  };
}

export function EmbedQuizFrame() {
  const params = useMemo(() => embedFrameParams(window.location.hash), []);
  const mainRef = useRef<HTMLElement>(null);

  // The widget's code is a chunk of its own, loaded only on this route.
  useEffect(() => {
    document.title = 'KMS Lab quiz';
    void import('../widgets/kms-quiz');
  }, []);

  useEffect(() => {
    const main = mainRef.current;
    if (main === null) return;
    let last = -1;
    const report = (force: boolean) => {
      const height = Math.ceil(main.getBoundingClientRect().height);
      if (!force && height === last) return;
      last = height;
      channel.post(outbound(params.instance, { type: 'resize', height }));
    };
    // The widget's own channel warns when there is nobody to tell; this one stays quiet.
    const channel = openChannel({ win: window, targetOrigin: params.targetOrigin, instance: params.instance, onCommand: (message) => message.type === 'hello' && report(true) });
    const observer = new ResizeObserver(() => report(false));
    observer.observe(main);
    return () => {
      observer.disconnect();
      channel.dispose();
    };
  }, [params]);

  const attributes: Record<string, string> = { id: params.instance };
  if (params.topic !== null) attributes.topic = params.topic;
  if (params.count !== null) attributes.count = params.count;
  if (params.seed !== null) attributes.seed = params.seed;
  if (params.targetOrigin !== null) attributes['target-origin'] = params.targetOrigin;

  return (
    <main ref={mainRef} className="embed-frame" aria-label="KMS Lab quiz">
      {createElement('kms-quiz', attributes)}
    </main>
  );
}
