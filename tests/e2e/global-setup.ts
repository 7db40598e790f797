// Runs once before any test: the second build under a non-root base path is made here, outside every
// test's timeout, so it never competes with a running playthrough for the two CPU cores of CI.
import { ensureBaseBuild } from './base-build';

export default async function globalSetup(): Promise<void> {
  await ensureBaseBuild();
}
