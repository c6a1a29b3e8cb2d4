import { useStore } from 'zustand';
import type { EngineStore } from '../../stores/engine-store';
import { FileArea } from './file-area';
import { openTerminalStorage } from './idb-storage';
import type { TerminalStorage } from './terminal-storage';
import { TerminalScreen } from './terminal-screen';
import { useTerminal } from './use-terminal';
import '../../styles/terminal.css';

export interface TerminalViewProps {
  store: EngineStore;
  /** The shell's Region: the CLI's default when a command has no --region. */
  region: string;
  /** The shell's acting identity (an ARN, or null for Admin): the profile whose access key signs. */
  principal: string | null;
  /** Where files and history are kept; IndexedDB unless a test passes another. */
  openStorage?: () => Promise<TerminalStorage>;
}

/** The `aws` terminal on the live engine, beside its file area. */
export default function TerminalView({ store, region, principal, openStorage = openTerminalStorage }: TerminalViewProps) {
  const terminal = useTerminal({ store, region, principal, openStorage });
  const { session } = terminal;
  const failure = useStore(store, (state) => (state.status === 'failed' ? state.failure : null));
  return (
    <div className="terminal-view">
      <section className="terminal-panel" aria-labelledby="terminal-panel-title">
        <div className="terminal-panel__head">
          <h2 id="terminal-panel-title" className="terminal-panel__title">
            Terminal
          </h2>
          <p className="terminal-panel__context">
            {session ? (
              <>
                Region <strong>{region}</strong> · profile <strong>{terminal.profile}</strong>
              </>
            ) : failure === null ? (
              'Starting the engine and your saved files…'
            ) : (
              'The engine is not running.'
            )}
          </p>
        </div>
        {failure !== null && (
          <p className="terminal-panel__notice" role="alert">
            The KMS engine could not start, so the terminal cannot run commands: {failure}
          </p>
        )}
        {terminal.notice && (
          <p className="terminal-panel__notice" role="alert">
            {terminal.notice}
          </p>
        )}
        <TerminalScreen
          screen={terminal.screen}
          ready={terminal.ready}
          running={terminal.running}
          said={terminal.said}
          run={terminal.run}
          tab={terminal.tab}
          cancel={terminal.cancel}
          clear={terminal.clear}
          previous={(draft) => session?.previous(draft)}
          next={() => session?.next()}
          setColumns={terminal.setColumns}
        />
      </section>
      <FileArea files={session?.files ?? null} />
    </div>
  );
}
