// What /briefing says to server admins, in every language the bot answers in.
import type { Lang } from '../knowledge/schema.ts';
import type { ChannelCheck } from '../guild/context.ts';
import type { PauseReason } from '../store/briefing-store.ts';

const channel = (id: string) => `<#${id}>`;

export const BRIEFING_TEXT = {
  fr: {
    onlyInServer: 'Le briefing quotidien se règle depuis un serveur Discord ; ici, seul `/briefing preview` fonctionne.',
    notInstalled:
      "Le bot n'a pas été ajouté à ce serveur : vous l'utilisez grâce à votre propre installation, qui ne peut pas publier dans ses salons. Pour le briefing quotidien, un administrateur doit d'abord ajouter le bot au serveur.",
    notAdmin: 'Seuls les membres ayant la permission « Gérer le serveur » peuvent régler le briefing quotidien.',
    noDatabase: "Le briefing quotidien n'est pas disponible : le bot tourne sans base de données.",
    invalidTitle: 'Réglage refusé',
    missingOption: (name: string) => `L'option « ${name} » est obligatoire pour cette commande.`,
    badTime: (value: string) => `« ${value} » n'est pas une heure valide. Écrivez-la HH:MM, de 00:00 à 23:59, par exemple 08:00.`,
    badTimezone: (value: string) => `« ${value} » n'est pas un fuseau horaire connu. Choisissez un nom IANA comme Asia/Ho_Chi_Minh ou Europe/Paris.`,
    badDate: (value: string) => `« ${value} » n'est pas une date valide entre 2019-01-01 et 2100-12-31 (format AAAA-MM-JJ).`,
    channelProblem: (check: Exclude<ChannelCheck, 'ok'>, id: string) =>
      ({
        unknown: `Je ne vois pas le salon ${channel(id)} : choisissez un salon de ce serveur que le bot peut voir.`,
        'not-text': `${channel(id)} n'est pas un salon textuel : choisissez un salon où l'on peut écrire des messages.`,
        'cannot-view': `Le bot ne peut pas voir ${channel(id)} : donnez-lui la permission « Voir le salon », ou choisissez un autre salon.`,
        'cannot-send': `Le bot ne peut pas écrire dans ${channel(id)} : donnez-lui la permission « Envoyer des messages ».`,
        'cannot-embed': `Le bot ne peut pas publier d'intégrations dans ${channel(id)} : donnez-lui la permission « Intégrer des liens ».`,
      })[check],
    setTitle: 'Briefing quotidien réglé',
    setBody: (channelId: string, time: string, tz: string, next: string) =>
      `Chaque jour à ${time} (${tz}) dans ${channel(channelId)}. Prochain envoi : ${next}.`,
    offTitle: 'Briefing quotidien désactivé',
    offBody: 'Les réglages sont conservés ; `/briefing set` le réactive.',
    notSetTitle: 'Aucun briefing quotidien',
    notSetBody: "Ce serveur n'a pas de briefing quotidien. Réglez-le avec `/briefing set`.",
    statusTitle: 'Briefing quotidien — état',
    fieldChannel: 'Salon',
    fieldSchedule: 'Horaire',
    fieldLanguage: 'Langue',
    fieldState: 'État',
    fieldNext: 'Prochain envoi',
    fieldLast: 'Dernier envoi',
    fieldError: 'Dernière erreur',
    fieldFix: 'Que faire',
    stateOn: 'Actif',
    stateOff: 'Désactivé (`/briefing set` pour le réactiver)',
    statePaused: 'En pause après une erreur',
    fromEnvironment: ' (réglé par la configuration du bot)',
    never: 'Jamais',
    languages: { fr: 'français', en: 'anglais', vi: 'vietnamien' },
    pauseFix: (reason: PauseReason, channelId: string) =>
      reason === 'missing-permissions'
        ? `Donnez au bot les permissions « Voir le salon », « Envoyer des messages » et « Intégrer des liens » dans ${channel(channelId)}, puis relancez \`/briefing set\`.`
        : 'Le salon a été supprimé ou le bot ne le voit plus : choisissez un autre salon avec `/briefing set`.',
    failedFix: "Discord était indisponible et le bot a réessayé sans succès ; il réessaiera au prochain envoi. Rien n'est à faire si cela ne se répète pas.",
    postedTitle: 'Briefing publié',
    postedBody: (channelId: string) => `Le briefing du jour est publié dans ${channel(channelId)} ; il compte comme l'envoi d'aujourd'hui.`,
    alreadyTitle: "Déjà publié aujourd'hui",
    alreadyBody: (channelId: string) => `Le briefing d'aujourd'hui a déjà été traité pour ${channel(channelId)} : il n'est publié qu'une fois par jour.`,
    pausedTitle: 'Briefing en pause',
    retryingTitle: 'Envoi reporté',
    retryingBody: (at: string) => `Discord n'a pas répondu ; le bot réessaiera à ${at}.`,
    failedTitle: "Échec de l'envoi",
    at: (date: string, time: string, tz: string) => `${date} à ${time} (${tz})`,
  },
  en: {
    onlyInServer: 'The daily briefing is set up from a Discord server; here, only `/briefing preview` works.',
    notInstalled:
      'The bot was not added to this server: you are using it through your own install, which cannot post in its channels. For the daily briefing, an admin must first add the bot to the server.',
    notAdmin: 'Only members with the Manage Server permission can set up the daily briefing.',
    noDatabase: 'The daily briefing is not available: the bot is running without its database.',
    invalidTitle: 'Setting refused',
    missingOption: (name: string) => `The "${name}" option is required for this command.`,
    badTime: (value: string) => `"${value}" is not a valid time. Write it HH:MM, from 00:00 to 23:59, for example 08:00.`,
    badTimezone: (value: string) => `"${value}" is not a known time zone. Choose an IANA name such as Asia/Ho_Chi_Minh or Europe/Paris.`,
    badDate: (value: string) => `"${value}" is not a valid date between 2019-01-01 and 2100-12-31 (format YYYY-MM-DD).`,
    channelProblem: (check: Exclude<ChannelCheck, 'ok'>, id: string) =>
      ({
        unknown: `I cannot see the channel ${channel(id)}: choose a channel of this server that the bot can see.`,
        'not-text': `${channel(id)} is not a text channel: choose a channel where messages can be posted.`,
        'cannot-view': `The bot cannot see ${channel(id)}: give it the View Channel permission, or choose another channel.`,
        'cannot-send': `The bot cannot post in ${channel(id)}: give it the Send Messages permission.`,
        'cannot-embed': `The bot cannot post embeds in ${channel(id)}: give it the Embed Links permission.`,
      })[check],
    setTitle: 'Daily briefing set',
    setBody: (channelId: string, time: string, tz: string, next: string) => `Every day at ${time} (${tz}) in ${channel(channelId)}. Next post: ${next}.`,
    offTitle: 'Daily briefing turned off',
    offBody: 'The settings are kept; `/briefing set` turns it back on.',
    notSetTitle: 'No daily briefing',
    notSetBody: 'This server has no daily briefing. Set one up with `/briefing set`.',
    statusTitle: 'Daily briefing — status',
    fieldChannel: 'Channel',
    fieldSchedule: 'Schedule',
    fieldLanguage: 'Language',
    fieldState: 'State',
    fieldNext: 'Next post',
    fieldLast: 'Last post',
    fieldError: 'Last error',
    fieldFix: 'What to do',
    stateOn: 'On',
    stateOff: 'Off (`/briefing set` turns it back on)',
    statePaused: 'Paused after an error',
    fromEnvironment: ' (set by the bot configuration)',
    never: 'Never',
    languages: { fr: 'French', en: 'English', vi: 'Vietnamese' },
    pauseFix: (reason: PauseReason, channelId: string) =>
      reason === 'missing-permissions'
        ? `Give the bot View Channel, Send Messages and Embed Links in ${channel(channelId)}, then run \`/briefing set\` again.`
        : 'The channel was deleted or the bot can no longer see it: choose another channel with `/briefing set`.',
    failedFix: 'Discord was unavailable and the retries failed; the bot will try again at the next post. Nothing to do unless it happens again.',
    postedTitle: 'Briefing posted',
    postedBody: (channelId: string) => `Today's briefing is posted in ${channel(channelId)}; it counts as today's post.`,
    alreadyTitle: 'Already posted today',
    alreadyBody: (channelId: string) => `Today's briefing has already been handled for ${channel(channelId)}: it is posted once a day.`,
    pausedTitle: 'Briefing paused',
    retryingTitle: 'Post delayed',
    retryingBody: (at: string) => `Discord did not answer; the bot will try again at ${at}.`,
    failedTitle: 'Post failed',
    at: (date: string, time: string, tz: string) => `${date} at ${time} (${tz})`,
  },
  vi: {
    onlyInServer: 'Điểm tin hằng ngày được thiết lập từ một máy chủ Discord; ở đây chỉ dùng được `/briefing preview`.',
    notInstalled:
      'Bot chưa được thêm vào máy chủ này: bạn đang dùng bot qua bản cài đặt của riêng mình, vốn không đăng được vào các kênh của máy chủ. Để có điểm tin hằng ngày, quản trị viên cần thêm bot vào máy chủ trước.',
    notAdmin: 'Chỉ thành viên có quyền “Quản lý máy chủ” mới thiết lập được điểm tin hằng ngày.',
    noDatabase: 'Điểm tin hằng ngày không khả dụng: bot đang chạy mà không có cơ sở dữ liệu.',
    invalidTitle: 'Thiết lập bị từ chối',
    missingOption: (name: string) => `Tùy chọn “${name}” là bắt buộc với lệnh này.`,
    badTime: (value: string) => `“${value}” không phải là giờ hợp lệ. Hãy viết theo dạng HH:MM, từ 00:00 đến 23:59, ví dụ 08:00.`,
    badTimezone: (value: string) => `“${value}” không phải là múi giờ đã biết. Hãy chọn một tên IANA như Asia/Ho_Chi_Minh hoặc Europe/Paris.`,
    badDate: (value: string) => `“${value}” không phải là ngày hợp lệ trong khoảng 2019-01-01 đến 2100-12-31 (định dạng YYYY-MM-DD).`,
    channelProblem: (check: Exclude<ChannelCheck, 'ok'>, id: string) =>
      ({
        unknown: `Tôi không thấy kênh ${channel(id)}: hãy chọn một kênh của máy chủ này mà bot có thể thấy.`,
        'not-text': `${channel(id)} không phải là kênh văn bản: hãy chọn một kênh có thể đăng tin nhắn.`,
        'cannot-view': `Bot không thấy được ${channel(id)}: hãy cấp quyền “Xem kênh”, hoặc chọn kênh khác.`,
        'cannot-send': `Bot không đăng được vào ${channel(id)}: hãy cấp quyền “Gửi tin nhắn”.`,
        'cannot-embed': `Bot không đăng được nội dung nhúng vào ${channel(id)}: hãy cấp quyền “Nhúng liên kết”.`,
      })[check],
    setTitle: 'Đã thiết lập điểm tin hằng ngày',
    setBody: (channelId: string, time: string, tz: string, next: string) =>
      `Hằng ngày lúc ${time} (${tz}) trong ${channel(channelId)}. Lần đăng tiếp theo: ${next}.`,
    offTitle: 'Đã tắt điểm tin hằng ngày',
    offBody: 'Các thiết lập được giữ lại; `/briefing set` sẽ bật lại.',
    notSetTitle: 'Chưa có điểm tin hằng ngày',
    notSetBody: 'Máy chủ này chưa có điểm tin hằng ngày. Hãy thiết lập bằng `/briefing set`.',
    statusTitle: 'Điểm tin hằng ngày — tình trạng',
    fieldChannel: 'Kênh',
    fieldSchedule: 'Lịch',
    fieldLanguage: 'Ngôn ngữ',
    fieldState: 'Trạng thái',
    fieldNext: 'Lần đăng tiếp theo',
    fieldLast: 'Lần đăng gần nhất',
    fieldError: 'Lỗi gần nhất',
    fieldFix: 'Cần làm gì',
    stateOn: 'Đang bật',
    stateOff: 'Đã tắt (`/briefing set` để bật lại)',
    statePaused: 'Tạm dừng sau một lỗi',
    fromEnvironment: ' (do cấu hình của bot thiết lập)',
    never: 'Chưa bao giờ',
    languages: { fr: 'tiếng Pháp', en: 'tiếng Anh', vi: 'tiếng Việt' },
    pauseFix: (reason: PauseReason, channelId: string) =>
      reason === 'missing-permissions'
        ? `Hãy cấp cho bot quyền “Xem kênh”, “Gửi tin nhắn” và “Nhúng liên kết” trong ${channel(channelId)}, rồi chạy lại \`/briefing set\`.`
        : 'Kênh đã bị xóa hoặc bot không còn thấy kênh: hãy chọn kênh khác bằng `/briefing set`.',
    failedFix: 'Discord không khả dụng và các lần thử lại đều thất bại; bot sẽ thử lại ở lần đăng tiếp theo. Không cần làm gì nếu việc này không lặp lại.',
    postedTitle: 'Đã đăng điểm tin',
    postedBody: (channelId: string) => `Điểm tin hôm nay đã được đăng trong ${channel(channelId)}; lần này được tính là lần đăng của hôm nay.`,
    alreadyTitle: 'Hôm nay đã đăng rồi',
    alreadyBody: (channelId: string) => `Điểm tin hôm nay đã được xử lý cho ${channel(channelId)}: mỗi ngày chỉ đăng một lần.`,
    pausedTitle: 'Điểm tin tạm dừng',
    retryingTitle: 'Hoãn đăng',
    retryingBody: (at: string) => `Discord không phản hồi; bot sẽ thử lại lúc ${at}.`,
    failedTitle: 'Đăng thất bại',
    at: (date: string, time: string, tz: string) => `${date} lúc ${time} (${tz})`,
  },
} as const satisfies Record<Lang, unknown>;

// Every language has every phrase: one missing is a type error here.
BRIEFING_TEXT satisfies Record<Lang, Record<keyof (typeof BRIEFING_TEXT)['en'], unknown>>;

export function briefingText(lang: Lang): (typeof BRIEFING_TEXT)[Lang] {
  return BRIEFING_TEXT[lang];
}
