import type { Lang } from '../i18n.ts';

/** The quiz's own strings, kept apart from the shared catalog so parallel edits do not collide. */
type Params = Record<string, string | number>;
type Message = string | ((p: Params) => string);

const en = {
  'grade.again': 'Again',
  'grade.hard': 'Hard',
  'grade.good': 'Good',
  'grade.easy': 'Easy',
  'interval.short': (p) => `${p.days}d`,
  'interval.long': (p) => (p.days === 1 ? 'next review in 1 day' : `next review in ${p.days} days`),
  'quiz.showSolution': 'Show solution',
  'quiz.undo': 'Undo',
  'quiz.progress': (p) => `Due: ${p.due} · New left today: ${p.fresh}`,
  'quiz.newCard': 'New card',
  'quiz.reviewCard': 'Review',
  'quiz.recorded': (p) => `Recorded **${p.grade}** for ${p.title}: ${p.when}, ${p.date}.`,
  'quiz.alreadyRecorded': 'That answer was already recorded.',
  'quiz.undone': (p) => `Took back your **${p.grade}** on ${p.title}.`,
  'quiz.nothingToUndo': 'There is nothing to undo any more.',
  'quiz.allDone': 'All done for today!',
  'quiz.tomorrow': (p) => `Tomorrow: ${p.due} due for review, ${p.fresh} new.`,
  'quiz.noCards': 'There are no LeetCode cards to study yet.',
  'daily.heading': (p) => `📅 Daily problem · ${p.day}`,
  'daily.hint': 'Try it, open the solution, then rate how well you knew it: each rating goes into your own review schedule.',
  'daily.recorded': (p) => `Recorded **${p.grade}** for ${p.title}: ${p.when}, ${p.date}.`,
  'daily.replaced': (p) => `Changed today's rating to **${p.grade}** for ${p.title}: ${p.when}, ${p.date}.`,
  'daily.unchanged': (p) => `You already rated this **${p.grade}**: ${p.when}, ${p.date}.`,
  'daily.superseded': (p) => `You reviewed ${p.title} again since; that later review stands: ${p.when}, ${p.date}.`,
  'stats.title': 'Your study statistics',
  'stats.studied': 'Cards studied',
  'stats.dueToday': 'Due today',
  'stats.dueWeek': 'Due this week',
  'stats.reviews': 'Reviews in total',
  'stats.streak': 'Current streak',
  'stats.streakDays': (p) => (p.days === 1 ? '1 day' : `${p.days} days`),
  'stats.recall': 'Not “Again”, last 30 days',
  'stats.recallValue': (p) => `${p.percent}% of ${p.reviews}`,
  'stats.none': '—',
  'board.title.week': 'Leaderboard · last 7 days',
  'board.title.month': 'Leaderboard · last 30 days',
  'board.title.all': 'Leaderboard · all time',
  'board.line': (p) => `**${p.rank}.** ${p.name} — ${p.reviews} reviews · 🔥 ${p.streak}`,
  'board.empty': 'Nobody has reviewed from this server in this period yet. Start with /quiz!',
  'board.you': (p) => `You: **#${p.rank}** with ${p.reviews} reviews · 🔥 ${p.streak}`,
  'board.youNone': 'You have no reviews from this server in this period yet.',
  'board.unknownMember': 'a former member',
} satisfies Record<string, Message>;

export type QuizMessageKey = keyof typeof en;

const zh: Record<QuizMessageKey, Message> = {
  'grade.again': '重来',
  'grade.hard': '困难',
  'grade.good': '良好',
  'grade.easy': '简单',
  'interval.short': (p) => `${p.days}天`,
  'interval.long': (p) => `${p.days} 天后复习`,
  'quiz.showSolution': '查看题解',
  'quiz.undo': '撤销',
  'quiz.progress': (p) => `待复习：${p.due} · 今日剩余新卡：${p.fresh}`,
  'quiz.newCard': '新卡片',
  'quiz.reviewCard': '复习',
  'quiz.recorded': (p) => `已记录 ${p.title} 为 **${p.grade}**：${p.when}（${p.date}）。`,
  'quiz.alreadyRecorded': '这次评分已经记录过了。',
  'quiz.undone': (p) => `已撤销你对 ${p.title} 的 **${p.grade}** 评分。`,
  'quiz.nothingToUndo': '已经没有可以撤销的评分了。',
  'quiz.allDone': '今天的复习全部完成！',
  'quiz.tomorrow': (p) => `明天：${p.due} 张待复习，${p.fresh} 张新卡片。`,
  'quiz.noCards': '还没有可以学习的 LeetCode 卡片。',
  'daily.heading': (p) => `📅 每日一题 · ${p.day}`,
  'daily.hint': '先自己想一想，再查看题解，然后按掌握程度评分：评分会记入你自己的复习计划。',
  'daily.recorded': (p) => `已记录 ${p.title} 为 **${p.grade}**：${p.when}（${p.date}）。`,
  'daily.replaced': (p) => `已把今天对 ${p.title} 的评分改为 **${p.grade}**：${p.when}（${p.date}）。`,
  'daily.unchanged': (p) => `你已经评过 **${p.grade}**：${p.when}（${p.date}）。`,
  'daily.superseded': (p) => `你之后又复习过 ${p.title}，以那次为准：${p.when}（${p.date}）。`,
  'stats.title': '你的学习统计',
  'stats.studied': '已学卡片',
  'stats.dueToday': '今日待复习',
  'stats.dueWeek': '本周待复习',
  'stats.reviews': '累计复习次数',
  'stats.streak': '连续打卡',
  'stats.streakDays': (p) => `${p.days} 天`,
  'stats.recall': '近 30 天非“重来”比例',
  'stats.recallValue': (p) => `${p.percent}%（共 ${p.reviews} 次）`,
  'stats.none': '—',
  'board.title.week': '排行榜 · 近 7 天',
  'board.title.month': '排行榜 · 近 30 天',
  'board.title.all': '排行榜 · 全部',
  'board.line': (p) => `**${p.rank}.** ${p.name} — ${p.reviews} 次复习 · 🔥 ${p.streak}`,
  'board.empty': '这段时间还没有人在本服务器复习过。用 /quiz 开始吧！',
  'board.you': (p) => `你：第 **${p.rank}** 名，${p.reviews} 次复习 · 🔥 ${p.streak}`,
  'board.youNone': '这段时间你还没有在本服务器复习过。',
  'board.unknownMember': '已离开的成员',
};

const catalogs: Record<Lang, Record<QuizMessageKey, Message>> = { en, zh };

export function qt(lang: Lang, key: QuizMessageKey, params: Params = {}): string {
  const message = catalogs[lang][key];
  return typeof message === 'function' ? message(params) : message;
}
