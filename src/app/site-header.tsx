import { LogoMark } from '../components/icons';
import { RegionSelect } from './region-select';
import { hrefFor, ROUTES } from './routes';
import { ThemeToggle } from './theme-toggle';

// Placeholder identity until the engine's simulated IAM fills it in; the account is the engine's
// default (ARCHITECTURE.md, createKms accountId).
const ACTING_PRINCIPAL = 'Admin';
const SIMULATED_ACCOUNT_ID = '111122223333';

export function SiteHeader({ currentPath }: { currentPath: string | undefined }) {
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <div className="site-header__inner">
          <a className="brand" href={hrefFor('/')}>
            <LogoMark className="brand__mark" />
            <span className="brand__name">KMS Lab</span>
          </a>
          <nav className="primary-nav" aria-label="Primary">
            <ul>
              {ROUTES.map((route) => (
                <li key={route.path}>
                  <a href={hrefFor(route.path)} aria-current={route.path === currentPath ? 'page' : undefined}>
                    {route.navLabel}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </div>
      {/* Where requests run and as whom: the two facts every KMS call depends on. */}
      <div className="site-header__context">
        <div className="site-header__inner">
          <p className="identity">
            Acting as <strong>{ACTING_PRINCIPAL}</strong> · simulated account {SIMULATED_ACCOUNT_ID}
          </p>
          <RegionSelect />
        </div>
      </div>
    </header>
  );
}
