// `npm run kb:status [dir] [--today YYYY-MM-DD]`: every dated entry of the
// knowledge base, with the date it was true and how old that is, so a curator
// sees what to check again.
import { ArgumentError, datedEntries, dirFromArgs, STALE_AFTER_DAYS, todayFromArgs } from './freshness.ts';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeBaseError, loadKnowledgeBase } from './load.ts';

const args = process.argv.slice(2);
try {
  const today = todayFromArgs(args);
  const entries = datedEntries(loadKnowledgeBase(dirFromArgs(args) ?? DEFAULT_KNOWLEDGE_DIR), today);
  const width = Math.max(...entries.map((e) => e.id.length), 'entry'.length);
  console.log(`Dated entries on ${today} (a current status is stale after ${STALE_AFTER_DAYS} days):`);
  console.log(`  ${'entry'.padEnd(width)}  as of       age        kind`);
  for (const e of entries) {
    const age = `${e.ageDays} day${e.ageDays === 1 ? '' : 's'}`.padEnd(9);
    const kind = e.current ? (e.stale ? 'current — STALE, check again' : 'current') : 'historical';
    console.log(`  ${e.id.padEnd(width)}  ${e.asOf}  ${age}  ${kind}`);
  }
} catch (error) {
  if (!(error instanceof KnowledgeBaseError || error instanceof ArgumentError)) throw error;
  console.error(error.message);
  process.exitCode = error instanceof ArgumentError ? 2 : 1;
}
