// `npm start`. Compiled, it first checks that dist/ matches the sources (a few
// file stats): when a source changed since the last build it rebuilds, or
// says how to when TypeScript is not installed. Everything else is loaded
// after that check, so a rebuild is what runs.
import { fileURLToPath } from 'node:url';
import { changedSinceBuild, compile } from './build/freshness.ts';

const compiled = fileURLToPath(import.meta.url).endsWith('.js');
const changed = compiled ? changedSinceBuild() : undefined;
if (changed !== undefined) {
  const result = compile();
  if (result === 'compiled') {
    process.stderr.write(`${changed} changed since the last build: rebuilt (npm run build).\n`);
    const { finishBuild } = await import('./build/finish.ts');
    finishBuild();
  } else if (result === 'no-typescript') {
    process.stderr.write(`${changed} changed since the last build, and TypeScript is not installed to rebuild: running the last build. Run npm run build where dev dependencies are installed.\n`);
  } else {
    process.stderr.write(`${changed} changed since the last build, and the rebuild failed (above). Fix it and run npm run build.\n`);
    process.exit(1);
  }
}

await import('./run.ts');
