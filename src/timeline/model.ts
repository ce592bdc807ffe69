// What the timeline shows on a given day, read from the status facts: the
// milestones in order (which have come), the entry-into-force rule, and the
// signature counts (the depositary's after Hanoi, the latest reported) and the
// ratifications, with the dates they were true.
import type { FactItem, KnowledgeBase } from '../knowledge/types.ts';
import { firstDay, type When } from '../knowledge/when.ts';
import { readStatus, type Status } from '../status/facts.ts';

/** The dated milestones, in the order they happened. */
export const MILESTONES = ['committeeCreated', 'draftApproved', 'adoption', 'hanoiSigning', 'signatureDeadline'] as const;
export type MilestoneKey = (typeof MILESTONES)[number];

export interface Milestone {
  key: MilestoneKey;
  fact: FactItem;
  when: When;
  /** Its first day has come by the timeline's date. */
  reached: boolean;
}

export interface TimelineModel {
  /** The day the picture is drawn for, YYYY-MM-DD ("today"). */
  date: string;
  milestones: readonly [Milestone, ...Milestone[]];
  entryIntoForce: Status['entryIntoForce'];
  hanoiSignatories: Status['hanoiSignatories'];
  laterSignatories: Status['laterSignatories'];
  ratifications: Status['ratifications'];
}

export function timelineModel(kb: KnowledgeBase, date: string): TimelineModel {
  const status = readStatus(kb);
  const milestone = (key: MilestoneKey): Milestone => ({ key, ...status[key], reached: firstDay(status[key].when) <= date });
  const [first, ...rest] = MILESTONES;
  return {
    date,
    milestones: [milestone(first), ...rest.map(milestone)],
    entryIntoForce: status.entryIntoForce,
    hanoiSignatories: status.hanoiSignatories,
    laterSignatories: status.laterSignatories,
    ratifications: status.ratifications,
  };
}

/** Every fact the timeline rests on, in the order it is drawn. */
export function timelineFacts(model: TimelineModel): [FactItem, ...FactItem[]] {
  const [first, ...rest] = model.milestones;
  const { entryIntoForce, hanoiSignatories, laterSignatories, ratifications } = model;
  return [first.fact, ...rest.map((m) => m.fact), entryIntoForce.fact, hanoiSignatories.fact, laterSignatories.fact, ratifications.fact];
}
