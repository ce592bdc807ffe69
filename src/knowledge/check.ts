// `npm run kb:check`: validates knowledge/ alone and exits non-zero on any problem.
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeBaseError, displayDir, loadKnowledgeBase } from './load.ts';

const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
try {
  const kb = loadKnowledgeBase(dir);
  const counts = [
    `${kb.sources.size} sources`,
    `${kb.facts.length} facts`,
    `${kb.quotes.length} quotes`,
    `${kb.messages.messages.length} messages`,
    `${kb.signing.signers.length} named signers`,
  ];
  console.log(`${displayDir(dir)}: OK (${counts.join(', ')})`);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
