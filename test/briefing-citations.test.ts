// The daily briefing's citation markers and its numbered source list match
// exactly, on every day of a full rotation, in both languages: each sentence
// is marked with the sources of the entry it states, and every listed source
// is marked somewhere.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { LANGS } from '../src/knowledge/schema.ts';
import { addDays } from '../src/briefing/calendar.ts';
import { composeBriefing } from '../src/briefing/compose.ts';
import { ROTATION_EPOCH } from '../src/briefing/rotation.ts';
import { STATUS_FACTS } from '../src/status/facts.ts';

const kb = loadKnowledgeBase();
const DAYS = Math.max(kb.facts.length, kb.quotes.length);

/** The source numbers a line is marked with: "… [2, 5]" → [2, 5]. */
function markersOf(line: string): number[] {
  return [...line.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => (m[1] ?? '').split(', ').map(Number));
}

function sourcesOf(...ids: string[]): Set<string> {
  return new Set(
    ids.flatMap((id) => {
      const entry = kb.entries.get(id);
      return entry && 'cite' in entry ? entry.cite.map((c) => c.source) : [];
    }),
  );
}

describe('briefing citations over a full rotation', () => {
  for (const lang of LANGS) {
    it(`marks every sentence with exactly its sources, and lists only marked sources (${lang})`, () => {
      const factsSeen = new Set<string>();
      for (let day = 0; day < DAYS; day++) {
        const date = addDays(ROTATION_EPOCH, day);
        const { reply, factId, quoteId } = composeBriefing(kb, { key: 'guild-markers', date, lang });
        factsSeen.add(factId);
        const sourceAt = (n: number) => reply.citations[n - 1]?.sourceId;
        const marked = (line: string) => new Set(markersOf(line).map(sourceAt));
        const [fact, quote, status] = reply.fields;
        const where = `${date} ${lang}`;

        expect(marked(fact?.value ?? ''), `${where} fact ${factId}`).toEqual(sourcesOf(factId));
        expect(marked(quote?.value.split('\n')[0] ?? ''), `${where} quote ${quoteId}`).toEqual(sourcesOf(quoteId));
        const lines = (status?.value ?? '').split('\n');
        const statusIds = [
          [STATUS_FACTS.hanoiSigning],
          [STATUS_FACTS.signatureDeadline],
          [STATUS_FACTS.hanoiSignatories, STATUS_FACTS.laterSignatories],
          [STATUS_FACTS.entryIntoForce],
          [STATUS_FACTS.ratifications],
        ];
        expect(lines).toHaveLength(statusIds.length);
        lines.forEach((line, i) => expect(marked(line), `${where} status line ${i + 1}`).toEqual(sourcesOf(...(statusIds[i] ?? []))));

        const allMarkers = new Set(reply.fields.flatMap((f) => markersOf(f.value)));
        expect([...allMarkers].sort((a, b) => a - b), where).toEqual(reply.citations.map((_, i) => i + 1));
      }
      expect(factsSeen.size).toBe(kb.facts.length);
    });
  }

  it('quotes and dates in the reply’s language, and dates every count that changes', () => {
    for (let day = 0; day < DAYS; day++) {
      const date = addDays(ROTATION_EPOCH, day);
      const en = composeBriefing(kb, { key: 'guild-markers', date, lang: 'en' }).reply;
      const fr = composeBriefing(kb, { key: 'guild-markers', date, lang: 'fr' }).reply;
      const enText = en.fields.map((f) => f.value).join('\n');
      const frText = fr.fields.map((f) => f.value).join('\n');
      expect(en.fields[1]?.value, date).toMatch(/^“.+” \[/);
      expect(fr.fields[1]?.value, date).toMatch(/^« .+ » \[/);
      expect(enText).toMatch(/74 according to press reports, as of 10 February 2026/);
      expect(enText).toMatch(/ratification deposited with the UN \(as of 2 December 2026\)/);
      expect(frText).toMatch(/74 selon des informations de presse, au 10 février 2026/);
      expect(frText).toMatch(/\(au 2 décembre 2026\)/);
    }
  });
});
