import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iframeSnippet, widgetScriptUrl } from '../src/widgets/kms-quiz/snippets';

// A course author's site for the embed tests: a tiny static server on 127.0.0.1 at a port of its own,
// so it is another origin than KMS Lab's preview server. It serves e2e/host/ with the placeholders
// filled in; frame.html carries the very iframe snippet the Embed page offers.

const HOST_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'host');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

export interface HostSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startHostSite(appBase: string): Promise<HostSite> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://host').pathname.replace(/^\/$/, '/index.html');
      const name = path.slice(1);
      if (!/^[a-z-]+\.(html|js)$/.test(name)) {
        response.writeHead(404).end();
        return;
      }
      try {
        const text = (await readFile(join(HOST_DIR, name), 'utf8'))
          .replaceAll('%IFRAME_SNIPPET%', () => iframeSnippet({ appBase, topic: 'envelope-encryption', count: 2, seed: 'FRAME', targetOrigin: origin, title: 'KMS Lab quiz: Envelope encryption' }))
          .replaceAll('%WIDGET_URL%', () => widgetScriptUrl(appBase))
          .replaceAll('%HOST_ORIGIN%', () => origin)
          .replaceAll('%APP_ORIGIN%', () => new URL(appBase).origin);
        response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'text/plain', 'cache-control': 'no-store' }).end(text);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
