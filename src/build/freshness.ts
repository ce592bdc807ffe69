// Whether dist/ was built from the sources as they are. `npm start` runs the
// compiled bot and compiles nothing itself: the build happens at install
// (npm's prepare) or with `npm run build`. Checking costs a few file stats;
// only when a source is newer than the last build does a start pay for tsc.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

/** Touched by the last step of `npm run build`, relative to the project. */
const BUILD_STAMP = join('dist', '.build-stamp');

const SOURCES = ['src', 'commands', 'tsconfig.json', 'tsconfig.build.json'];

function newestSource(root: string): { path: string; mtimeMs: number } {
  let newest = { path: '', mtimeMs: 0 };
  const consider = (path: string) => {
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  };
  for (const name of SOURCES) {
    const path = join(root, name);
    if (!existsSync(path)) continue;
    if (!statSync(path).isDirectory()) consider(path);
    else for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) if (entry.isFile()) consider(join(entry.parentPath, entry.name));
  }
  return newest;
}

/** The newest source file changed since the last build, or undefined when dist/ is up to date. */
export function changedSinceBuild(root = PROJECT_ROOT): string | undefined {
  const stamp = join(root, BUILD_STAMP);
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const newest = newestSource(root);
  return newest.mtimeMs > built ? relative(root, newest.path) : undefined;
}

export function markBuilt(root = PROJECT_ROOT): void {
  writeFileSync(join(root, BUILD_STAMP), `${new Date().toISOString()}\n`);
}

export type CompileResult = 'compiled' | 'no-typescript' | 'failed';

/**
 * Compiles with tsc, as `npm run build` does, reporting on stderr (stdout
 * carries the bot's logs). 'no-typescript' on a production install without
 * dev dependencies; 'failed' when tsc reported errors (shown above) or could
 * not write dist/.
 */
export function compile(root = PROJECT_ROOT): CompileResult {
  let tsc: string;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return 'no-typescript';
  }
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 2, 2] });
  return run.status === 0 ? 'compiled' : 'failed';
}
