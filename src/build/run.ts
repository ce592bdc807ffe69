// `npm run build` after tsc: `node dist/src/build/run.js`.
import { finishBuild } from './finish.ts';

finishBuild();
