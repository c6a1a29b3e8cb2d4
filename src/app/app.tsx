import { EngineProvider } from './engine-provider';
import { Shell } from './shell';
import { ShellProvider } from './providers';

export function App() {
  return (
    <ShellProvider>
      <EngineProvider>
        <Shell />
      </EngineProvider>
    </ShellProvider>
  );
}
