import { EmbedQuizFrame, isEmbedFramePath } from './embed-frame';
import { EngineProvider } from './engine-provider';
import { useRoutePath } from './router';
import { Shell } from './shell';
import { ShellProvider } from './providers';

export function App() {
  const path = useRoutePath();
  // The iframe embed (#/embed/quiz?…) is a bare widget for another site's page: no shell, no engine.
  if (isEmbedFramePath(path)) return <EmbedQuizFrame />;
  return (
    <ShellProvider>
      <EngineProvider>
        <Shell />
      </EngineProvider>
    </ShellProvider>
  );
}
