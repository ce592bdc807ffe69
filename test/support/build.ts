// vitest global setup: build the bot as `npm run build` does (tsc, then the
// knowledge snapshot), so the tests that start it as a process never run a
// stale dist/ — and never pay for a rebuild at their start.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ROOT } from './run.ts';

export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, ['dist/src/build/run.js'], { cwd: ROOT, stdio: 'inherit' });
}
