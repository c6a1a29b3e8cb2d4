import type { ComponentType } from 'react';
import { ClusterPage } from './pages/cluster';
import { EnginePage } from './pages/engine';
import { FilesPage } from './pages/files';
import { FlowsPage } from './pages/flows';
import { HomePage } from './pages/home';
import type { RoutePath } from './routes';

// Keyed by RoutePath, so a route added to ROUTES without a page fails the type check.
export const ROUTE_PAGES: Record<RoutePath, ComponentType> = {
  '/': HomePage,
  '/engine': EnginePage,
  '/cluster': ClusterPage,
  '/flows': FlowsPage,
  '/files': FilesPage,
};
