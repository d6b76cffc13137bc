/** The issue tracker for error reports: package.json `bugs.url`, or nothing when it is not set. */
import pkg from '../../package.json';

const bugs = (pkg as { bugs?: string | { url?: string } }).bugs;
export const bugsUrl: string | undefined = typeof bugs === 'string' ? bugs : bugs?.url;
