/**
 * The repository's files as the repository-wide tests see them (tests/unit/comment-refs.test.ts,
 * tests/unit/layers.test.ts): tracked, or new and not ignored, so work in progress counts too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Paths relative to the repository's root, of files that exist now. */
export function ourFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\n')
    .filter((f) => f && existsSync(join(REPO_ROOT, f)));
}
