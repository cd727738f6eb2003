/**
 * The one way in to Monaco: a dynamic import, started when the editor first shows and shared by
 * every editor on the page. A failed load (a chunk that did not arrive) can be tried again.
 */
import type * as Setup from './setup';

type MonacoModule = typeof Setup;

let loading: Promise<MonacoModule> | undefined;

export function loadMonaco(): Promise<MonacoModule> {
  // Monaco's languages run in Web Workers; without them it would try (and fail) to load their
  // code on the page with an AMD loader the bundle does not have
  if (typeof Worker === 'undefined')
    return Promise.reject(new Error('this browser runs no Web Workers'));
  loading ??= import('./setup').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
