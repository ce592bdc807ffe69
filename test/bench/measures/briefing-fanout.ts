// SLOT for the daily briefing (src/briefing), kept visible in the table until
// it is measured. To fill it: post one briefing to 1,000 servers through the
// fake Discord with rate limits enforced (startFakeDiscord({ rateLimits: true })),
// time it, and return valueRow(WHAT, elapsed / minimum, 1, '×', { target }),
// where the minimum is 1,000 messages at Discord's 50 requests/s = 20 s.
import { unmeasuredRow, type Measure } from '../measure.ts';

const WHAT = 'Briefing fan-out to 1,000 servers, as a ratio to the rate-limit minimum';

export const briefingFanout: Measure = {
  name: 'briefing fan-out',
  async run() {
    return [
      unmeasuredRow(WHAT, '×', {
        target: { figure: 'value', below: 1.1 },
        note: 'not measured yet: the briefing is being built (src/briefing); its engineer fills test/bench/measures/briefing-fanout.ts',
      }),
    ];
  },
};
