import { createContext, use } from 'react';
import { useStore } from 'zustand';
import type { AzHealth, Kms, RegionHealth } from '../../engine/index';
import type { EngineState, EngineStore } from '../../stores/engine-store';
import type { ClusterMonitor, ClusterState } from './cluster-monitor';

// What every part of the cluster view shares: the app's engine store (handed in as a prop, since
// features never reach into app/), the running engine, and the monitor of its fleets.
export interface ClusterDeps {
  engine: EngineStore;
  kms: Kms;
  monitor: ClusterMonitor;
}

export const ClusterContext = createContext<ClusterDeps | null>(null);

export function useCluster(): ClusterDeps {
  const deps = use(ClusterContext);
  if (!deps) throw new Error('Cluster view parts must render inside <ClusterView>.');
  return deps;
}

/** One slice of the monitor's state; the component re-renders only when that slice changes. */
export function useClusterState<T>(selector: (state: ClusterState) => T): T {
  return useStore(useCluster().monitor.store, selector);
}

/** One slice of engine state (status, call). */
export function useEngine<T>(selector: (state: EngineState) => T): T {
  return useStore(useCluster().engine, selector);
}

/** A Region's health: the same object until something in that Region changes. */
export function useRegionHealth(region: string): RegionHealth | undefined {
  return useClusterState((state) => state.regions.find((r) => r.region === region));
}

export function findAz(region: RegionHealth | undefined, az: string): AzHealth | undefined {
  return region?.azs.find((a) => a.az === az);
}
