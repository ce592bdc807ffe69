// Every measure the bench runs, in the order of its table. Adding one is a
// module in this folder and a line here.
import type { Measure } from '../measure.ts';
import { askRoundTrip } from './ask-round-trip.ts';
import { briefingFanout } from './briefing-fanout.ts';
import { commandLatency } from './commands.ts';
import { startupWork } from './startup-work.ts';
import { timelineRender } from './timeline.ts';
import { versusFloor } from './versus-floor.ts';

export const MEASURES: readonly Measure[] = [versusFloor, startupWork, commandLatency, timelineRender, askRoundTrip, briefingFanout];
