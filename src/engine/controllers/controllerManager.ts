/**
 * kube-controller-manager: one process running every controller loop. Starting it starts each
 * loop from a fresh list of the API (as a restarted process would); stopping it stops them all,
 * so `faults.stopComponent('controller-manager')` shows what the cluster does without it.
 */
import type { ApiClient } from '../api/client';
import type { EventRecorder } from '../api/events';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { Timings } from '../timings';
import { startDeploymentController } from './deploymentController';
import { startEndpointsController } from './endpoints';
import { startGarbageCollector } from './garbageCollector';
import { startNamespaceController } from './namespace';
import { startNodeLifecycleController } from './nodeLifecycle';
import { startPersistentVolumeController } from './persistentVolume';
import { startReplicationManager } from './replicationManager';

export interface ControllerManagerDeps {
  api: ApiClient;
  events: EventRecorder;
  clock: SimClock;
  era: Era;
  timings: Timings;
}

/** Starts every controller; returns the function that stops them all. */
export function startControllerManager(deps: ControllerManagerDeps): () => void {
  const { api, events, clock, era, timings } = deps;
  const latency = timings.watchLatencyMs;
  const stops: (() => void)[] = [];
  // the garbage collector arrived with ownerReferences (v1.1+); 2015 controllers reaped by hand
  if (era === 'modern') stops.push(startGarbageCollector(api, clock, latency));
  stops.push(startNodeLifecycleController(api, events, clock, timings, era));
  stops.push(startReplicationManager(api, events, clock, era, latency));
  // Deployments arrived in 2016 (apps/v1 in 2019): a 2015 cluster stores them but rolls nothing
  if (era === 'modern') stops.push(startDeploymentController(api, events, clock, latency));
  stops.push(startEndpointsController(api, clock, latency));
  stops.push(startNamespaceController(api, clock, latency));
  stops.push(startPersistentVolumeController(api, events, clock, era, latency));
  return () => stops.splice(0).forEach((stop) => stop());
}
