/**
 * The main journeys run on each of the demo's transcript builds (test/demo/README.md, "Two
 * builds"): Meta serves the build with message ids and the id-less one at once, and the
 * extension must give the same answers on both.
 */
import { DEMO_BUILDS, type DemoBuild } from '../demo/serve';

export { DEMO_BUILDS, type DemoBuild };

/** A journey's name on a build: the default build keeps the name it always had. */
export function onBuild(name: string, build: DemoBuild): string {
  return build === 'ids' ? name : name.replace(/^([\w ]+):/, '$1, no ids:');
}
