// The multilingual benchmark corpus: the names, usernames, titles and join-request texts of
// Telegram's traffic, in Latin, Cyrillic, Arabic/Persian, Devanagari and CJK, with emoji mixed
// in, drawn from a seeded generator so every run reads the same bytes. Usernames are ASCII
// [a-z0-9_], as Telegram requires; names and titles are not.
import { prng } from "../test/support/prng.ts";
import type {
  TypeExportedChatInvite,
  TypeMessagesChatInviteImporters,
  TypeMessagesExportedChatInvites,
  TypeUser,
  TypeUserStatus,
} from "tl-invite";

/** First and last names by script. */
const NAMES = {
  latin: {
    first: [
      "Alice",
      "José",
      "François",
      "Zoë",
      "Łukasz",
      "Ingrid",
      "Mehmet",
      "Ayşe",
      "Björn",
      "Nguyễn",
      "Lucas",
      "Sofía",
    ],
    last: ["Müller", "García", "Kowalski", "Öztürk", "Johansson", "Dubois", "Trần", "Silva", "Rossi", "Smith"],
  },
  cyrillic: {
    first: [
      "Александр",
      "Екатерина",
      "Дмитрий",
      "Ольга",
      "Сергей",
      "Анастасия",
      "Олександр",
      "Наталья",
      "Иван",
      "Мария",
    ],
    last: ["Иванов", "Смирнова", "Кузнецов", "Попова", "Шевченко", "Соколов", "Васильева", "Новиков"],
  },
  arabic: {
    first: ["محمد", "فاطمه", "علی", "زهرا", "حسین", "مریم", "أحمد", "نور", "امیرحسین", "یاسمین"],
    last: ["رضایی", "حسینی", "احمدی", "الهاشمي", "کریمی", "محمدی", "عبدالله"],
  },
  devanagari: {
    first: ["राजेश", "प्रिया", "अमित", "सुनीता", "विकास", "अंजलि", "रोहित", "नेहा"],
    last: ["कुमार", "शर्मा", "वर्मा", "सिंह", "गुप्ता", "पटेल"],
  },
  cjk: {
    first: ["伟", "芳", "秀英", "太郎", "花子", "민준", "지우", "明", "美咲"],
    last: ["张", "王", "李", "佐藤", "鈴木", "김", "陈", "高橋"],
  },
} as const;

/** Share of each script among names, roughly as Telegram's audience is spread. */
const SCRIPT_WEIGHTS: [keyof typeof NAMES, number][] = [
  ["cyrillic", 0.3],
  ["latin", 0.25],
  ["arabic", 0.2],
  ["devanagari", 0.12],
  ["cjk", 0.13],
];

/** Emoji as names carry them: single, with a variation selector, a flag, a ZWJ sequence. */
const EMOJI = ["🌸", "✨", "🔥", "❤️", "🇮🇷", "👨‍💻", "😊", "🎉", "🙏", "⚽", "🇷🇺", "💎"];

/** Roots of ASCII usernames ([a-z0-9_]). */
const USERNAME_ROOTS = [
  "alex",
  "kate_m",
  "dima",
  "mohammad",
  "zahra",
  "rajesh",
  "priya",
  "wei",
  "taro",
  "sofia",
  "ivan",
  "noor",
  "minjun",
];

/** Invite link titles: the issue's own first, then every script, with and without emoji. */
export const TITLES = [
  "Team invite ✨",
  "Семья 👨‍👩‍👧",
  "Чат выпускников 2010 🎓",
  "Ссылка для партнёров",
  "گروه دوستان 🌹",
  "خانواده",
  "دعوة الأعضاء الجدد",
  "परिवार समूह 🙏",
  "क्रिकेट क्लब 🏏",
  "家族グループ",
  "技术交流群 🚀",
  "Friends & family 🎉",
  "Clientes VIP ⭐",
  "Öğrenciler 📚",
  "Invite for new members",
] as const;

/** Join-request texts (chatInviteImporter.about). */
const ABOUT = [
  "Здравствуйте, хочу присоединиться 🙂",
  "سلام، لطفا من را اضافه کنید",
  "नमस्ते, कृपया मुझे जोड़ें",
  "你好，我想加入这个群",
  "Hi! I'd like to join 👋",
  "Hola, me invitó María",
] as const;

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function script(random: Random): keyof typeof NAMES {
  let x = random();
  for (const [name, weight] of SCRIPT_WEIGHTS) if ((x -= weight) < 0) return name;
  return "latin";
}

/** A display name, with an emoji before or after it one time in four. */
function decorated(random: Random, name: string): string {
  const r = random();
  if (r < 0.15) return `${name} ${pick(random, EMOJI)}`;
  if (r < 0.25) return `${pick(random, EMOJI)} ${name}`;
  return name;
}

function status(random: Random, i: number): TypeUserStatus {
  const r = random();
  if (r < 0.5) return { _: "userStatusRecently", byMe: false };
  if (r < 0.8) return { _: "userStatusOffline", wasOnline: 1_700_000_000 - i * 37 };
  if (r < 0.9) return { _: "userStatusOnline", expires: 1_700_000_300 };
  return { _: "userStatusLastWeek", byMe: false };
}

/** Every `?true` flag of user, off: the corpus sets the few it varies. */
export const USER_FLAGS_OFF = {
  self: false,
  contact: false,
  mutualContact: false,
  deleted: false,
  bot: false,
  botChatHistory: false,
  botNochats: false,
  verified: false,
  restricted: false,
  min: false,
  botInlineGeo: false,
  support: false,
  scam: false,
  applyMinPhoto: false,
  fake: false,
  botAttachMenu: false,
  premium: false,
  attachMenuEnabled: false,
  botCanEdit: false,
  closeFriend: false,
  storiesHidden: false,
  storiesUnavailable: false,
  contactRequirePremium: false,
  botBusiness: false,
  botHasMainApp: false,
  botForumView: false,
  botForumCanManageTopics: false,
  botCanManageBots: false,
  botGuestchat: false,
  botGuard: false,
} as const;

/** A user as another user sees them: names, often a username and a photo, a status. */
export function corpusUser(random: Random, i: number): TypeUser {
  const names = NAMES[script(random)];
  const hasLast = random() < 0.6;
  const hasUsername = random() < 0.5;
  const photo = random() < 0.7;
  const thumb = random() < 0.5;
  return {
    _: "user",
    ...USER_FLAGS_OFF,
    contact: random() < 0.2,
    premium: random() < 0.15,
    id: 5_000_000_000n + BigInt(i) * 7919n,
    accessHash: BigInt.asIntN(64, 0x9e3779b97f4a7c15n * BigInt(i + 1)),
    firstName: decorated(random, pick(random, names.first)),
    lastName: hasLast ? pick(random, names.last) : undefined,
    username: hasUsername ? `${pick(random, USERNAME_ROOTS)}${Math.floor(random() * 1000)}` : undefined,
    photo: photo
      ? {
          _: "userProfilePhoto",
          hasVideo: false,
          personal: false,
          photoId: 6_000_000_000_000_000n + BigInt(i),
          strippedThumb: thumb ? Uint8Array.from({ length: 36 }, (_, k) => (k * 31 + i) & 0xff) : undefined,
          dcId: 1 + (i % 5),
        }
      : undefined,
    status: status(random, i),
  } as TypeUser;
}

const LINK_CHARS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"];

function invite(random: Random, i: number, adminId: bigint): TypeExportedChatInvite {
  const hasTitle = random() < 0.8;
  const limited = random() < 0.3;
  return {
    _: "chatInviteExported",
    revoked: random() < 0.1,
    permanent: i === 0,
    requestNeeded: random() < 0.3,
    link: `https://t.me/+${Array.from({ length: 16 }, () => pick(random, LINK_CHARS)).join("")}`,
    adminId,
    date: 1_690_000_000 + i * 3600,
    startDate: undefined,
    expireDate: limited ? 1_800_000_000 : undefined,
    usageLimit: limited ? 100 : undefined,
    usage: Math.floor(random() * 500),
    requested: undefined,
    subscriptionExpired: undefined,
    title: hasTitle ? TITLES[i % TITLES.length] : undefined,
    subscriptionPricing: undefined,
  };
}

/** messages.exportedChatInvites: 100 invites, by the 50 users who made them. */
export function corpusInvites(): TypeMessagesExportedChatInvites {
  const random = prng(227); // seeded: the corpus is the same bytes on every run
  const users = Array.from({ length: 50 }, (_, i) => corpusUser(random, i));
  const invites = Array.from({ length: 100 }, (_, i) => invite(random, i, (users[i % 50] as { id: bigint }).id));
  return { _: "messages.exportedChatInvites", count: 100, invites, users };
}

/** messages.chatInviteImporters: 100 join requests and joins, and the 100 users who made them. */
export function corpusImporters(): TypeMessagesChatInviteImporters {
  const random = prng(198);
  const users = Array.from({ length: 100 }, (_, i) => corpusUser(random, 1000 + i));
  const importers = users.map((u, i) => {
    const requested = random() < 0.4;
    return {
      _: "chatInviteImporter" as const,
      requested,
      viaChatlist: random() < 0.05,
      userId: (u as { id: bigint }).id,
      date: 1_700_000_000 + i * 61,
      about: requested && random() < 0.7 ? pick(random, ABOUT) : undefined,
      approvedBy: !requested && random() < 0.5 ? 5_000_000_000n : undefined,
    };
  });
  return { _: "messages.chatInviteImporters", count: 100, importers, users };
}
