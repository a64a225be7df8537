import type { Article } from '../../corpus/types.ts';
import { t } from '../../i18n.ts';
import type { Lang } from '../../i18n.ts';
import type { ReplyFile } from '../../interactions/types.ts';
import type { MemberDeck } from '../../quiz/deck.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { pictureStamp, statsChartData, type StatsChartData } from './chart-data.ts';
import { drawStatsPicture } from './draw.ts';

export { PICTURE_HEIGHT, PICTURE_WIDTH } from './draw.ts';
export const PICTURE_NAME = 'stats.png';

interface CachedPicture {
  stamp: string;
  png: string;
  description: string;
}

/** Screen readers and members who turn images off get the picture's figures as its alt text. */
function describe(data: StatsChartData, lang: Lang): string {
  const last30 = data.last30.reduce((sum, d) => sum + d.count, 0);
  const next30 = data.next30.reduce((sum, d) => sum + d.count, 0);
  const month = data.months.at(-1)!;
  const share = month.reviews > 0 ? `${Math.round((100 * month.notAgain) / month.reviews)}%` : '—';
  return lang === 'zh'
    ? `${t(lang, 'stats.pictureAlt')}：近一年 ${data.yearTotal} 次复习；近 30 天 ${last30} 次；未来 30 天 ${next30} 张卡片到期；本月非“重来”比例 ${share}。`
    : `${t(lang, 'stats.pictureAlt')}: ${data.yearTotal} reviews in the last year; ${last30} in the last 30 days; ${next30} cards due in the next 30 days; ${share} answered without Again this month.`;
}

/**
 * The /stats picture of a member, drawn once and kept in the store until it would change (their
 * next review, a new day, another language or zone), so repeated /stats and every shard reuse it.
 */
export async function statsPicture(
  kv: KeyValueStore,
  userId: string,
  deck: MemberDeck,
  cards: readonly Article[],
  now: Date,
  zone: string,
  lang: Lang,
): Promise<ReplyFile> {
  const data = statsChartData(deck, cards, now, zone);
  const stamp = pictureStamp(deck, cards, data.today, lang, zone);
  const key = `stats:picture:${userId}`;
  const cached = await kv.get<CachedPicture>(key);
  if (cached?.stamp === stamp) return { name: PICTURE_NAME, data: Buffer.from(cached.png, 'base64'), description: cached.description };
  const picture = await drawStatsPicture(data, lang);
  const description = describe(data, lang);
  await kv.set<CachedPicture>(key, { stamp, png: picture.png.toString('base64'), description });
  return { name: PICTURE_NAME, data: picture.png, description };
}
