// Every word the timeline writes, one table per language: adding a language
// is adding a table. Dates and counts are never written here; they come from
// the status facts and are passed in.
import type { Lang } from '../knowledge/schema.ts';
import type { MilestoneKey } from './model.ts';

export interface TimelineText {
  /** The picture's heading and the reply's title. */
  title: string;
  asOf: (date: string) => string;
  intro: (date: string) => string;
  milestones: Record<MilestoneKey, string>;
  entryIntoForce: string;
  /** "on the 90th day after the 40th ratification", ordinals already written. */
  entryIntoForceRule: (dayOrdinal: string, instrumentOrdinal: string) => string;
  notYet: string;
  today: string;
  /** The big number's caption: the latest count reported. */
  signatoriesReported: string;
  laterSignatories: (count: number) => string;
  hanoiSignatories: (count: number) => string;
  ratificationsHeading: string;
  ratificationsCounted: (count: number, needed: number) => string;
  ratificationsNone: (needed: number) => string;
  sources: string;
  /** Where today stands, for the description: after one milestone, before the next. */
  todayBetween: (date: string, after: string | undefined, before: string | undefined) => string;
  /** The briefing's line introducing the weekly picture. */
  briefingField: string;
  briefingValue: string;
}

export const TIMELINE_TEXT: Record<Lang, TimelineText> = {
  fr: {
    title: 'Convention de Hanoï : la chronologie',
    asOf: (date) => `Au ${date}`,
    intro: (date) => `Où en est la Convention des Nations unies contre la cybercriminalité au ${date} : ses étapes jusqu'à l'entrée en vigueur, en image et ci-dessous.`,
    milestones: {
      committeeCreated: 'La résolution 74/247 crée le Comité spécial',
      draftApproved: 'Le Comité spécial approuve le projet',
      adoption: "L'Assemblée générale adopte la convention",
      hanoiSigning: 'Ouverture à la signature à Hanoï',
      signatureDeadline: "Fin de la signature au Siège de l'ONU",
    },
    entryIntoForce: 'Entrée en vigueur',
    entryIntoForceRule: (day, instrument) => `le ${day} jour après la ${instrument} ratification`,
    notYet: 'pas encore',
    today: "Aujourd'hui",
    signatoriesReported: 'signataires selon la presse',
    laterSignatories: (count) => `${count} signataires selon des informations de presse`,
    hanoiSignatories: (count) => `${count} à la clôture de Hanoï (dépositaire)`,
    ratificationsHeading: "Ratifications pour l'entrée en vigueur",
    ratificationsCounted: (count, needed) => `${count} déposée${count > 1 ? 's' : ''} sur les ${needed} nécessaires`,
    ratificationsNone: (needed) => `aucun dépôt confirmé par nos sources ; ${needed} nécessaires`,
    sources: 'Sources',
    todayBetween: (date, after, before) =>
      [`Aujourd'hui, ${date}`, after && `après « ${after} »`, before && `avant « ${before} »`].filter(Boolean).join(', ') + '.',
    briefingField: '🗓️ La chronologie de la semaine',
    briefingValue: "Les étapes, les signatures et les ratifications vers l'entrée en vigueur, en image ; `/timeline` la montre à tout moment.",
  },
  en: {
    title: 'The Hanoi Convention: timeline',
    asOf: (date) => `As of ${date}`,
    intro: (date) => `Where the UN Convention against Cybercrime stands on ${date}: its milestones up to entry into force, in a picture and below.`,
    milestones: {
      committeeCreated: 'Resolution 74/247 creates the Ad Hoc Committee',
      draftApproved: 'The Ad Hoc Committee approves the draft',
      adoption: 'The General Assembly adopts the convention',
      hanoiSigning: 'Opened for signature in Hanoi',
      signatureDeadline: 'Signature closes at UN Headquarters',
    },
    entryIntoForce: 'Entry into force',
    entryIntoForceRule: (day, instrument) => `on the ${day} day after the ${instrument} ratification`,
    notYet: 'not yet',
    today: 'Today',
    signatoriesReported: 'signatories, as reported',
    laterSignatories: (count) => `${count} signatories according to press reports`,
    hanoiSignatories: (count) => `${count} at the close of Hanoi (depositary)`,
    ratificationsHeading: 'Ratifications toward entry into force',
    ratificationsCounted: (count, needed) => `${count} of the ${needed} needed deposited`,
    ratificationsNone: (needed) => `no deposit confirmed by our sources; ${needed} needed`,
    sources: 'Sources',
    todayBetween: (date, after, before) =>
      [`Today, ${date},`, after && `comes after "${after}"`, before && `${after ? 'and ' : 'comes '}before "${before}"`].filter(Boolean).join(' ') + '.',
    briefingField: '🗓️ The week’s timeline',
    briefingValue: 'Milestones, signatures and ratifications toward entry into force, in a picture; `/timeline` shows it at any time.',
  },
  vi: {
    title: 'Công ước Hà Nội: các mốc thời gian',
    asOf: (date) => `Tính đến ${date}`,
    intro: (date) => `Tình hình Công ước Liên Hợp Quốc về chống tội phạm mạng tính đến ${date}: các mốc cho đến khi có hiệu lực, bằng hình ảnh và dưới đây.`,
    milestones: {
      committeeCreated: 'Nghị quyết 74/247 thành lập Ủy ban Đặc biệt',
      draftApproved: 'Ủy ban Đặc biệt thông qua dự thảo',
      adoption: 'Đại hội đồng thông qua công ước',
      hanoiSigning: 'Mở ký tại Hà Nội',
      signatureDeadline: 'Kết thúc thời hạn ký tại Trụ sở Liên Hợp Quốc',
    },
    entryIntoForce: 'Có hiệu lực',
    entryIntoForceRule: (day, instrument) => `vào ngày ${day} sau văn kiện phê chuẩn ${instrument}`,
    notYet: 'chưa',
    today: 'Hôm nay',
    signatoriesReported: 'bên ký, theo báo chí',
    laterSignatories: (count) => `${count} bên ký theo báo chí`,
    hanoiSignatories: (count) => `${count} khi kết thúc lễ ký tại Hà Nội (cơ quan lưu chiểu)`,
    ratificationsHeading: 'Phê chuẩn để công ước có hiệu lực',
    ratificationsCounted: (count, needed) => `đã nộp ${count} trên ${needed} văn kiện cần thiết`,
    ratificationsNone: (needed) => `chưa có nguồn nào xác nhận văn kiện đã được nộp; cần ${needed}`,
    sources: 'Nguồn',
    todayBetween: (date, after, before) =>
      [`Hôm nay, ${date},`, after && `là sau “${after}”`, before && `${after ? 'và ' : 'là '}trước “${before}”`].filter(Boolean).join(' ') + '.',
    briefingField: '🗓️ Các mốc thời gian trong tuần',
    briefingValue: 'Các mốc, chữ ký và phê chuẩn hướng tới khi công ước có hiệu lực, bằng hình ảnh; `/timeline` hiển thị bất cứ lúc nào.',
  },
};

export function timelineText(lang: Lang): TimelineText {
  return TIMELINE_TEXT[lang];
}
