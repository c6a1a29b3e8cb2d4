import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { LogoMark } from '../components/icons';
import { ClockControl } from './clock-control';
import { IdentitySelect, useActingName } from './identity-select';
import { RegionSelect } from './region-select';
import { hrefFor, ROUTES } from './routes';
import { ThemeToggle } from './theme-toggle';

// The account is the engine's default (ARCHITECTURE.md, createKms accountId).
const SIMULATED_ACCOUNT_ID = '111122223333';

/**
 * The primary navigation. On narrow screens its twelve links sit behind a "Menu" disclosure button
 * (CSS decides when the button shows; wide screens always show the links and never the button).
 */
function PrimaryNav({ currentPath }: { currentPath: string | undefined }) {
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // Open for the page it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null | undefined>(null);
  const open = openOn === (currentPath ?? '');

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && open) {
      setOpenOn(null);
      button.current?.focus();
    }
  }

  return (
    <nav className="primary-nav" aria-label="Primary" data-open={open ? 'true' : undefined} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="primary-nav__toggle header-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? null : (currentPath ?? ''))}
      >
        <span className="primary-nav__bars" aria-hidden="true" />
        Menu
      </button>
      <ul id={listId}>
        {ROUTES.map((route) => (
          <li key={route.path}>
            <a href={hrefFor(route.path)} aria-current={route.path === currentPath ? 'page' : undefined}>
              {route.navLabel}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteHeader({ currentPath }: { currentPath: string | undefined }) {
  const acting = useActingName();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <div className="site-header__inner">
          <a className="brand" href={hrefFor('/')}>
            <LogoMark className="brand__mark" />
            <span className="brand__name">KMS Lab</span>
          </a>
          <PrimaryNav currentPath={currentPath} />
          <ThemeToggle />
        </div>
      </div>
      {/* Where requests run, as whom and when: the facts every KMS call depends on. */}
      <div className="site-header__context">
        <div className="site-header__inner">
          <p className="identity">
            Acting as <strong>{acting}</strong> · simulated account {SIMULATED_ACCOUNT_ID}
          </p>
          <IdentitySelect />
          <RegionSelect />
          <ClockControl />
        </div>
      </div>
    </header>
  );
}
