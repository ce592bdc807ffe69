// Every measure the bench runs, in the order of its table. Adding one is a
// module in this folder and a line here.
import type { Measure } from '../measure.ts';
import { askRoundTrip } from './ask-round-trip.ts';
import { briefingFanout } from './briefing-fanout.ts';
import { commandLatency } from './commands.ts';
import { processMemoryMeasure } from './process-memory.ts';
import { readyTime } from './ready.ts';
import { startupWork } from './startup-work.ts';
import { timelineRender } from './timeline.ts';

export const MEASURES: readonly Measure[] = [startupWork, commandLatency, timelineRender, askRoundTrip, readyTime, processMemoryMeasure, briefingFanout];
