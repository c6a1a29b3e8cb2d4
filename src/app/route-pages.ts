import type { ComponentType } from 'react';
import { ClusterPage } from './pages/cluster';
import { EmbedPage } from './pages/embed';
import { EnginePage } from './pages/engine';
import { FilesPage } from './pages/files';
import { FlowsPage } from './pages/flows';
import { HomePage } from './pages/home';
import { KeysPage } from './pages/keys';
import { LearnPage } from './pages/learn';
import { QuizPage } from './pages/quiz';
import { SimulatorPage } from './pages/simulator';
import { TerminalPage } from './pages/terminal';
import { TrailPage } from './pages/trail';
import type { RoutePath } from './routes';

// Keyed by RoutePath, so a route added to ROUTES without a page fails the type check.
export const ROUTE_PAGES: Record<RoutePath, ComponentType> = {
  '/': HomePage,
  '/keys': KeysPage,
  '/terminal': TerminalPage,
  '/trail': TrailPage,
  '/flows': FlowsPage,
  '/files': FilesPage,
  '/cluster': ClusterPage,
  '/engine': EnginePage,
  '/learn': LearnPage,
  '/quiz': QuizPage,
  '/embed': EmbedPage,
  '/simulator': SimulatorPage,
};
