// /briefing: a server's daily briefing — set, off, status, preview, now.
// Admin only on Discord (Manage Server, also checked here); `preview` also
// works in the console and the CLI, without a database.
import { formatDate } from '../src/answer/i18n.ts';
import { errorNotice, notice, type Field, type Reply } from '../src/answer/reply.ts';
import { isTimeZone, localDate, localTime, parseDate, parseTime } from '../src/briefing/calendar.ts';
import { composeBriefing } from '../src/briefing/compose.ts';
import { briefingText } from '../src/briefing/i18n.ts';
import type { BriefingService } from '../src/briefing/service.ts';
import { isReplyLanguage, type Lang } from '../src/knowledge/schema.ts';
import { fold } from '../src/text/fold.ts';
import type { BriefingSettings } from '../src/store/briefing-store.ts';
import { answerLanguage, defineCommand, type CommandContext, type SubcommandSpec } from './command.ts';
import type { GuildContext } from '../src/guild/context.ts';

const COMMON_TIMEZONES = ['Asia/Ho_Chi_Minh', 'Europe/Paris', 'UTC', 'Europe/London', 'America/New_York', 'America/Montreal', 'Africa/Dakar', 'Asia/Bangkok'];
let allTimezones: readonly string[] | undefined;

/**
 * Every zone, built at the first autocomplete rather than at start-up. ICU
 * lists some zones under old names (Asia/Saigon, Asia/Calcutta); the current
 * ones are offered too.
 */
function timezones(): readonly string[] {
  allTimezones ??= [...new Set([...COMMON_TIMEZONES, 'Asia/Kolkata', 'Europe/Kyiv', ...Intl.supportedValuesOf('timeZone')])];
  return allTimezones;
}

function when(instant: Date, timezone: string, lang: Lang): string {
  return briefingText(lang).at(formatDate(localDate(instant, timezone), lang), localTime(instant, timezone), timezone);
}

function statusReply(service: BriefingService, guildId: string, lang: Lang): Reply {
  const bt = briefingText(lang);
  const status = service.status(guildId);
  if (!status) return notice(lang, bt.notSetTitle, bt.notSetBody);
  const { settings, nextPost, lastPosted, lastDelivery } = status;
  const state = !settings.enabled ? bt.stateOff : settings.pausedReason ? bt.statePaused : bt.stateOn;
  const fields: Field[] = [
    { name: bt.fieldChannel, value: `<#${settings.channelId}>` },
    { name: bt.fieldSchedule, value: `${settings.time} (${settings.timezone})${settings.source === 'environment' ? bt.fromEnvironment : ''}` },
    { name: bt.fieldLanguage, value: bt.languages[settings.language] },
    { name: bt.fieldState, value: state },
    ...(nextPost ? [{ name: bt.fieldNext, value: when(nextPost, settings.timezone, lang) }] : []),
    {
      name: bt.fieldLast,
      value: lastPosted
        ? `${formatDate(lastPosted.localDate, lang)} — https://discord.com/channels/${guildId}/${lastPosted.channelId}/${lastPosted.messageId}`
        : bt.never,
    },
  ];
  const problem = lastDelivery && lastDelivery.status !== 'posted' && lastDelivery.error ? lastDelivery : undefined;
  if (problem?.error) fields.push({ name: bt.fieldError, value: `${formatDate(problem.localDate, lang)} — ${problem.error}` });
  if (settings.pausedReason) fields.push({ name: bt.fieldFix, value: bt.pauseFix(settings.pausedReason, settings.channelId) });
  else if (problem?.status === 'failed') fields.push({ name: bt.fieldFix, value: bt.failedFix });
  return notice(lang, bt.statusTitle, '', fields);
}

async function postNowReply(service: BriefingService, settings: BriefingSettings, lang: Lang): Promise<Reply> {
  const bt = briefingText(lang);
  const outcome = await service.postNow(settings);
  switch (outcome.kind) {
    case 'posted':
      return notice(lang, bt.postedTitle, bt.postedBody(outcome.delivery.channelId));
    case 'already':
      return notice(lang, bt.alreadyTitle, bt.alreadyBody(outcome.delivery.channelId));
    case 'paused':
      return errorNotice(lang, bt.pausedTitle, bt.pauseFix(outcome.reason, outcome.delivery.channelId));
    case 'retrying':
      return errorNotice(lang, bt.retryingTitle, bt.retryingBody(when(outcome.retryAt, settings.timezone, lang)));
    case 'failed':
      return errorNotice(lang, bt.failedTitle, bt.failedFix);
  }
}

interface SetOptions {
  channel?: string;
  time?: string;
  timezone?: string;
  language?: string;
}

function setReply(service: BriefingService, guild: GuildContext, options: SetOptions, lang: Lang): Reply {
  const bt = briefingText(lang);
  const refuse = (body: string) => errorNotice(lang, bt.invalidTitle, body);
  if (!options.channel) return refuse(bt.missingOption('channel'));
  if (!options.time) return refuse(bt.missingOption('time'));
  if (!options.timezone) return refuse(bt.missingOption('timezone'));
  const time = parseTime(options.time);
  if (!time) return refuse(bt.badTime(options.time));
  if (!isTimeZone(options.timezone)) return refuse(bt.badTimezone(options.timezone));
  const check = guild.checkChannel(options.channel);
  if (check !== 'ok') return refuse(bt.channelProblem(check, options.channel));
  const language = isReplyLanguage(options.language) ? options.language : lang;
  const settings = service.set(guild.id, { channelId: options.channel, time, timezone: options.timezone, language });
  const next = service.status(guild.id)?.nextPost;
  return notice(lang, bt.setTitle, bt.setBody(settings.channelId, time, settings.timezone, next ? when(next, settings.timezone, lang) : '—'));
}

function previewReply(ctx: CommandContext, options: { date?: string; language?: string }): Reply {
  const bt = briefingText(answerLanguage(ctx));
  const settings = ctx.guild && ctx.briefing?.settings(ctx.guild.id);
  const lang: Lang =
    isReplyLanguage(options.language) ? options.language : (settings?.language ?? ctx.lang);
  const date = options.date === undefined ? localDate(ctx.now(), settings?.timezone ?? ctx.defaultTimezone) : parseDate(options.date);
  // The refusal is for the person asking, in their language, not the briefing's.
  if (!date) return errorNotice(answerLanguage(ctx), bt.invalidTitle, bt.badDate(options.date ?? ''));
  return composeBriefing(ctx.kb, { key: ctx.guild?.id ?? 'default', date, lang }).reply;
}

const SUBCOMMANDS: readonly SubcommandSpec[] = [
  {
    name: 'set',
    localNames: { fr: 'régler', vi: 'thiết-lập' },
    description: { fr: 'Publier le briefing chaque jour dans un salon, à une heure donnée', en: 'Post the briefing every day in a channel at a given time', vi: 'Đăng điểm tin hằng ngày trong một kênh' },
    options: ['channel', 'time', 'timezone', 'language'],
    required: ['channel', 'time', 'timezone'],
  },
  { name: 'off', localNames: { fr: 'arrêter', vi: 'tắt' }, description: { fr: 'Arrêter le briefing (les réglages sont gardés)', en: 'Stop the briefing (settings are kept)', vi: 'Tắt điểm tin (giữ lại thiết lập)' }, options: [] },
  { name: 'status', localNames: { fr: 'état', vi: 'tình-trạng' }, description: { fr: 'Salon, prochain envoi, dernier envoi, dernière erreur', en: 'Channel, next post, last post, last error', vi: 'Kênh, lần đăng tiếp theo, lần đăng gần nhất, lỗi gần nhất' }, options: [] },
  { name: 'preview', localNames: { fr: 'aperçu', vi: 'xem-trước' }, description: { fr: 'Voir le briefing d’un jour, tel qu’il sera publié', en: 'See a day’s briefing exactly as it will be posted', vi: 'Xem điểm tin của một ngày' }, options: ['date', 'language'] },
  { name: 'now', localNames: { fr: 'maintenant', vi: 'ngay' }, description: { fr: 'Publier le briefing du jour maintenant (compte pour aujourd’hui)', en: 'Post today’s briefing now (counts as today’s post)', vi: 'Đăng điểm tin hôm nay ngay bây giờ (tính là lần đăng hôm nay)' }, options: [] },
];

export const briefing = defineCommand({
  name: 'briefing',
  localNames: { fr: 'briefing', vi: 'điểm-tin' },
  description: {
    fr: 'Le briefing quotidien du serveur : régler, arrêter, état, aperçu, publier',
    en: 'The server’s daily briefing: set up, turn off, status, preview, post now',
    vi: 'Điểm tin hằng ngày của máy chủ: thiết lập, tắt, tình trạng, xem trước, đăng ngay',
  },
  example: { fr: '/briefing set salon:#actualités heure:08:00 fuseau:Asia/Ho_Chi_Minh', en: '/briefing set channel:#news time:08:00 timezone:Asia/Ho_Chi_Minh', vi: '/briefing set kênh:#tin-tức giờ:08:00 múi-giờ:Asia/Ho_Chi_Minh' },
  adminOnly: true,
  ephemeral: true,
  defaultSubcommand: 'preview',
  subcommands: SUBCOMMANDS,
  options: [
    {
      name: 'subcommand',
      localNames: { fr: 'sous-commande', vi: 'lệnh-con' },
      type: 'string',
      required: true,
      choices: SUBCOMMANDS.map((sub) => ({ value: sub.name, name: { ...sub.localNames, en: sub.name } })),
      description: { fr: 'Que faire', en: 'What to do', vi: 'Làm gì' },
    },
    { name: 'channel', localNames: { fr: 'salon', vi: 'kênh' }, type: 'channel', description: { fr: 'Le salon où publier', en: 'The channel to post in', vi: 'Kênh để đăng' } },
    { name: 'time', localNames: { fr: 'heure', vi: 'giờ' }, type: 'string', maxLength: 20, description: { fr: 'Heure locale, HH:MM (par ex. 08:00)', en: 'Local time, HH:MM (e.g. 08:00)', vi: 'Giờ địa phương, HH:MM (ví dụ 08:00)' } },
    {
      name: 'timezone',
      localNames: { fr: 'fuseau', vi: 'múi-giờ' },
      type: 'string',
      maxLength: 64,
      autocomplete: true,
      description: { fr: 'Fuseau horaire IANA (par ex. Asia/Ho_Chi_Minh)', en: 'IANA time zone (e.g. Asia/Ho_Chi_Minh)', vi: 'Múi giờ IANA (ví dụ Asia/Ho_Chi_Minh)' },
    },
    {
      name: 'language',
      localNames: { fr: 'langue', vi: 'ngôn-ngữ' },
      type: 'string',
      choices: [
        { value: 'fr', name: { fr: 'français', en: 'French', vi: 'tiếng Pháp' } },
        { value: 'en', name: { fr: 'anglais', en: 'English', vi: 'tiếng Anh' } },
        { value: 'vi', name: { fr: 'vietnamien', en: 'Vietnamese', vi: 'tiếng Việt' } },
      ],
      description: { fr: 'Langue du briefing', en: 'Language of the briefing', vi: 'Ngôn ngữ của điểm tin' },
    },
    { name: 'date', localNames: { fr: 'date', vi: 'ngày' }, type: 'string', maxLength: 20, rest: true, description: { fr: 'Date à prévisualiser, AAAA-MM-JJ', en: 'Date to preview, YYYY-MM-DD', vi: 'Ngày cần xem trước, YYYY-MM-DD' } },
  ],

  async run(options, ctx) {
    if (options.subcommand === 'preview') return previewReply(ctx, options);
    const lang = answerLanguage(ctx);
    const bt = briefingText(lang);
    if (!ctx.guild) return errorNotice(lang, bt.invalidTitle, bt.onlyInServer);
    if (!ctx.guild.botInstalled) return errorNotice(lang, bt.invalidTitle, bt.notInstalled);
    if (!ctx.guild.memberCanManage) return errorNotice(lang, bt.invalidTitle, bt.notAdmin);
    const service = ctx.briefing;
    if (!service) return errorNotice(lang, bt.invalidTitle, bt.noDatabase);

    switch (options.subcommand) {
      case 'set':
        return setReply(service, ctx.guild, options, lang);
      case 'off':
        return service.off(ctx.guild.id) ? notice(lang, bt.offTitle, bt.offBody) : notice(lang, bt.notSetTitle, bt.notSetBody);
      case 'status':
        return statusReply(service, ctx.guild.id, lang);
      default: {
        const settings = service.settings(ctx.guild.id);
        if (!settings) return notice(lang, bt.notSetTitle, bt.notSetBody);
        if (!settings.enabled) return notice(lang, bt.offTitle, bt.offBody);
        return postNowReply(service, settings, lang);
      }
    }
  },

  autocomplete(_option, value) {
    const typed = fold(value).trim();
    const zones = typed ? timezones().filter((zone) => fold(zone).includes(typed.replace(/ /g, '_'))) : COMMON_TIMEZONES;
    return zones.slice(0, 25).map((zone) => ({ name: zone, value: zone }));
  },
});
