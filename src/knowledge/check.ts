// `npm run kb:check [dir] [--today YYYY-MM-DD]`: validates knowledge/ alone and
// exits non-zero on any problem; warns (exit 0) about current statuses older
// than STALE_AFTER_DAYS.
import { ArgumentError, staleWarnings, todayFromArgs, dirFromArgs } from './freshness.ts';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeBaseError, displayDir, loadKnowledgeBase } from './load.ts';

const args = process.argv.slice(2);
const dir = dirFromArgs(args) ?? DEFAULT_KNOWLEDGE_DIR;
try {
  const today = todayFromArgs(args);
  const kb = loadKnowledgeBase(dir);
  const counts = [
    `${kb.sources.size} sources`,
    `${[...kb.sources.values()].filter((s) => s.storedText !== undefined).length} stored texts`,
    `${kb.facts.length} facts`,
    `${kb.quotes.length} quotes`,
    `${kb.messages.messages.length} messages`,
    `${kb.signing.signers.length} in the signing order`,
    `${kb.signatories.signed.length} signatories`,
    `${kb.articles.articles.length} articles in ${kb.articles.chapters.length} chapters`,
  ];
  console.log(`${displayDir(dir)}: OK (${counts.join(', ')})`);
  const warnings = staleWarnings(kb, today, displayDir(dir));
  if (warnings.length > 0) {
    console.warn(`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (not errors; run npm run kb:status for every dated entry):`);
    for (const warning of warnings) console.warn(`  - ${warning}`);
  }
} catch (error) {
  if (!(error instanceof KnowledgeBaseError || error instanceof ArgumentError)) throw error;
  console.error(error.message);
  process.exitCode = error instanceof ArgumentError ? 2 : 1;
}
