// The bench's build: the app's own config (same plugins, same CSP, same worker bundling), plus the
// bench page as a second entry, written to bench/.tmp/dist so the app's dist never ships it.
import { mergeConfig } from 'vite';
import appConfig from '../vite.config';

export const BENCH_OUT_DIR = 'bench/.tmp/dist';

export default mergeConfig(appConfig, {
  build: {
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    manifest: false,
    // `bench/profile-page.ts` builds unminified, so a profile names the engine's own functions.
    minify: process.env.BENCH_MINIFY !== 'false',
    rolldownOptions: { input: { app: 'index.html', bench: 'bench/browser/bench.html' } },
  },
  preview: { host: '127.0.0.1' },
});
