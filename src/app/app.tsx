import { Shell } from './shell';
import { ShellProvider } from './providers';

export function App() {
  return (
    <ShellProvider>
      <Shell />
    </ShellProvider>
  );
}
