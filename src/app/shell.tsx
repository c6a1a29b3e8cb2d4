import { useEffect, useRef } from 'react';
import { LessonDock } from './lesson-dock';
import { NotFoundPage } from './pages/not-found';
import { ROUTE_PAGES } from './route-pages';
import { useRoutePath } from './router';
import { findRoute, NOT_FOUND } from './routes';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import { useDocumentTheme } from './use-document-theme';
import { useRouteFocus } from './use-route-focus';

export function Shell() {
  const path = useRoutePath();
  const route = findRoute(path);
  const Page = route ? ROUTE_PAGES[route.path] : NotFoundPage;
  const title = route?.title ?? NOT_FOUND.title;
  const main = useRef<HTMLElement>(null);

  useDocumentTheme();
  useRouteFocus(path, main);
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <>
      <SkipLink target={main} />
      <SiteHeader currentPath={route?.path} />
      {/* tabIndex -1: the skip link and the route-focus fallback can focus main without a Tab stop. */}
      <main id="main" className="site-main" ref={main} tabIndex={-1}>
        <Page />
      </main>
      <LessonDock />
      <footer className="site-footer">
        <p>KMS Lab simulates AWS KMS in your browser; nothing leaves this tab. Not affiliated with AWS.</p>
      </footer>
    </>
  );
}
