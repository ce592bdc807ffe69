// vitest global setup: compile the bot as `npm start` runs it, so the tests
// that start it as a process never run a stale dist/.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ROOT } from './run.ts';

export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}
