// The status the briefing counts from and the timeline draws comes from the
// knowledge base: these facts must exist, carry the dates and figures read
// from them, and still state them in every language.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { LANGS } from '../src/knowledge/schema.ts';
import { statesFigure, statesWhen } from '../src/knowledge/stated.ts';
import { firstDay, lastDay, parseWhen } from '../src/knowledge/when.ts';
import { STATUS_FACTS, readStatus } from '../src/status/facts.ts';

const kb = loadKnowledgeBase();
const status = readStatus(kb);

describe('the status facts', () => {
  it('name facts of the knowledge base, each read under one name', () => {
    const ids = Object.values(STATUS_FACTS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(kb.entries.get(id)?.kind, id).toBe('fact');
  });

  it('still state, in every language, the dates and figures read from them', () => {
    const dated = [status.committeeCreated, status.draftApproved, status.adoption, status.hanoiSigning, status.signatureDeadline];
    for (const { fact, when } of dated) {
      for (const lang of LANGS) expect(statesWhen(fact[lang], when, lang), `${fact.id} (${lang})`).toBe(true);
    }
    const figures = [
      [status.entryIntoForce.fact, status.entryIntoForce.instruments],
      [status.entryIntoForce.fact, status.entryIntoForce.days],
      [status.hanoiSignatories.fact, status.hanoiSignatories.count],
      [status.laterSignatories.fact, status.laterSignatories.count],
    ] as const;
    for (const [fact, n] of figures) {
      for (const lang of LANGS) expect(statesFigure(fact[lang], n), `${fact.id} (${lang}) states ${n}`).toBe(true);
    }
    expect(status.hanoiSignatories.fact.as_of).toBe(status.hanoiSignatories.asOf);
    expect(status.laterSignatories.fact.as_of).toBe(status.laterSignatories.asOf);
    expect(status.ratifications.fact.as_of).toBe(status.ratifications.asOf);
  });

  it('give a history in order', () => {
    const days = [status.committeeCreated, status.draftApproved, status.adoption, status.hanoiSigning, status.signatureDeadline].map((d) => firstDay(d.when));
    expect([...days].sort()).toEqual(days);
  });

  it('state no ratification count that no source confirms', () => {
    expect(status.ratifications.count).toBeUndefined();
  });
});

describe('dates a fact is filed under', () => {
  it('are a day, consecutive days or a month, and nothing else', () => {
    expect(parseWhen('2024-12-24')).toEqual({ precision: 'day', from: '2024-12-24', to: '2024-12-24' });
    expect(parseWhen('2025-10-25/2025-10-26')).toEqual({ precision: 'day', from: '2025-10-25', to: '2025-10-26' });
    expect(parseWhen('2024-08')).toEqual({ precision: 'month', month: '2024-08' });
    for (const bad of ['2024-13', '2024-02-30', '2025-10-26/2025-10-25', '2025-10-25/2025-10-26/2025-10-27', 'August 2024']) {
      expect(parseWhen(bad), bad).toBeUndefined();
    }
    expect(lastDay({ precision: 'month', month: '2024-02' })).toBe('2024-02-29');
  });

  it('are found stated in words, with French "1er"', () => {
    const day = { precision: 'day', from: '2026-12-01', to: '2026-12-01' } as const;
    expect(statesWhen('le 1er décembre 2026', day, 'fr')).toBe(true);
    expect(statesWhen('on 1 December 2026', day, 'en')).toBe(true);
    expect(statesWhen('on 11 December 2026', day, 'en')).toBe(false);
    expect(statesWhen('in December 2026', { precision: 'month', month: '2026-12' }, 'en')).toBe(true);
    expect(statesFigure('the 40th instrument', 40)).toBe(true);
    expect(statesFigure('the 140th instrument', 40)).toBe(false);
  });
});
