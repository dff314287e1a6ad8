/** Where a build is staged, and how a complete build in `dist/` is recognised. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The staging folder `npm run build` builds in, beside dist/ so the final move is a rename. */
export const STAGING = '.build-staging';
/** Written last into a build that finished every step. */
export const BUILD_COMPLETE = '.build-complete';
/** What BUILD_COMPLETE says (`npm run build` and the benchmark's clean build write it). */
export const BUILD_COMPLETE_TEXT = 'This folder is a complete build of the site (pages, downloads, PDFs).\n';

/** Why `dir` is not a complete build of the site, or undefined if it is one. */
export function incompleteBuild(dir: string): string | undefined {
  if (!existsSync(dir)) return `${dir}/ does not exist: run "npm run build" first`;
  if (!existsSync(join(dir, BUILD_COMPLETE))) {
    return `${dir}/ is not a complete build (no ${dir}/${BUILD_COMPLETE}): a build failed or was stopped in it. Run "npm run build"`;
  }
  return undefined;
}

/** `npm run build` logs here each chart model any of its steps computes, one id a line. */
export const COMPUTE_LOG = '.astro/chart-computes.log';
