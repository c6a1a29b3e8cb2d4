import { describe, expect, it } from 'vitest';
import { embedFrameParams } from '../../app/embed-frame';
import { elementSnippet, frameUrl, iframeSnippet, widgetScriptUrl } from './snippets';

const options = { appBase: 'https://kms-lab.example/app/', topic: 'data-keys', count: 4, seed: null, targetOrigin: 'https://lms.example.edu', title: 'KMS Lab quiz: Data keys' };

describe('embed snippets', () => {
  it('the custom element loads the bundle from the app’s own directory and names the exact target origin', () => {
    expect(widgetScriptUrl(options.appBase)).toBe('https://kms-lab.example/app/embed/kms-quiz.js');
    expect(elementSnippet(options)).toContain('<kms-quiz topic="data-keys" count="4" target-origin="https://lms.example.edu"></kms-quiz>');
  });

  it('the iframe listens only to KMS Lab’s origin and its own frame, and says hello to that origin only', () => {
    const snippet = iframeSnippet(options);
    expect(snippet).toContain("event.origin !== 'https://kms-lab.example' || event.source !== frame.contentWindow");
    expect(snippet).toContain("type: 'hello' }, 'https://kms-lab.example')");
    expect(snippet).not.toMatch(/['"]\*['"]/);
  });

  it('Precondition: attribute values are escaped', () => {
    expect(elementSnippet({ ...options, seed: '"><script>' })).toContain('seed="&quot;>&lt;script>"');
  });

  it('the frame URL round-trips through the iframe route’s own reading of it', () => {
    const url = new URL(frameUrl({ ...options, seed: 'S1' }));
    expect(embedFrameParams(url.hash)).toEqual({ topic: 'data-keys', count: '4', seed: 'S1', targetOrigin: 'https://lms.example.edu', instance: 'kms-quiz-frame' });
    expect(embedFrameParams('#/embed/quiz?target-origin=*').targetOrigin).toBeNull();
  });
});
