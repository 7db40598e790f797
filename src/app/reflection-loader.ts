// The reflection layer (the themes, phrases and rules, about 10 KB) in a chunk of its own. Only a
// player who has answered needs it, so it is fetched at the first choice, not before the first line.
import type * as Reflection from '../reflection';

export type ReflectionLayer = typeof Reflection;

let layer: ReflectionLayer | null = null;
let pending: Promise<ReflectionLayer> | null = null;

/** Loads the layer once; a failed load (offline) is tried again on the next call. */
export function loadReflection(): Promise<ReflectionLayer> {
  pending ??= import('../reflection').then((module) => (layer = module));
  pending.catch(() => (pending = null));
  return pending;
}

/** The layer if it has arrived, else null (the caller then does without: e.g. help in its plain order). */
export function loadedReflection(): ReflectionLayer | null {
  return layer;
}
