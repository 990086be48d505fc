/**
 * Which output this build is for: the public website, or the site variant that SCORM packages
 * are cut from (`RIP_TARGET=scorm`, set by `scorm-build/cli.ts`). Packages have no course home,
 * My progress or certificate pages: the LMS keeps the record, and each module stands alone.
 */
export type BuildTarget = 'site' | 'scorm';

export const BUILD_TARGET: BuildTarget = import.meta.env.RIP_TARGET === 'scorm' ? 'scorm' : 'site';
