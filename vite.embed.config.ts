import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The embeddable quiz widget's own build: one self-contained ES module, dist/embed/kms-quiz.js, that
 * defines <kms-quiz> when a host page loads it with <script type="module" src="…/kms-quiz.js">. It
 * runs after the app's build (which empties dist/), shares none of the app's chunks, so a host
 * downloads React, the question bank and the widget in one file, and loads no CSS files: the styles
 * are inlined as text (`?inline`) and adopted by each shadow root as constructable stylesheets.
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      input: { 'kms-quiz': 'src/widgets/kms-quiz/index.ts' },
      // Keep the entry's exports (defineKmsQuiz, KmsQuizElement) for hosts that import it.
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', codeSplitting: false, format: 'es' },
    },
  },
});
