import type { Lang } from '../i18n.ts';

/** Strings of /remind, /export, the /stats picture, schedule fitting and daily-post threads. */
type Params = Record<string, string | number>;
type Message = string | ((p: Params) => string);

const en = {
  'remind.on': (p) =>
    `⏰ Reminders on: every day at **${p.time}** (${p.zone}) I'll send you a direct message when cards are due. Keep “Direct Messages” from this server's members allowed, or I can't reach you.`,
  'remind.off': 'Reminders are off.',
  'remind.alreadyOff': 'Reminders were already off.',
  'remind.badTime': (p) => `\`${p.value}\` is not a time. Use 24-hour HH:MM, for example 21:30.`,
  'remind.badZone': (p) => `\`${p.value}\` is not a timezone. Pick one from the suggestions, for example Asia/Shanghai.`,
  'remind.message': (p) => `⏰ ${p.due} due, ${p.fresh} new left today.`,
  'remind.openQuiz': 'Open my quiz',
  'remind.turnedOff':
    'I could not send you a reminder: your direct messages are closed to me, so reminders are now off. Allow DMs from this server’s members, then use `/remind on` again.',
  'thread.name': (p) => `Discuss · ${p.title}`,
  'thread.previous': (p) => `Previous problem's discussion: ${p.link}`,
  'config.quizThread': 'Discussion thread per daily problem',
  'config.quizThreadOn': 'on',
  'config.quizThreadOff': 'off',
  'config.threadProblem.permission': (p) => `no thread on ${p.day}: the bot lacks the Create Public Threads permission in <#${p.channel}>`,
  'config.threadProblem.other': (p) => `no thread on ${p.day}: Discord refused it (${p.reason})`,
  'export.caption': (p) => (p.count === 1 ? 'Your review log: 1 review, times in UTC.' : `Your review log: ${p.count} reviews, times in UTC.`),
  'export.empty': 'You have no reviews to export yet. Start with /quiz!',
  'export.earlier': (p) => `${p.count} earlier review${p.count === 1 ? ' was' : 's were'} made before the bot kept a log and cannot be exported.`,
  'stats.pictureAlt': 'Your study statistics as charts',
  'chart.title': (p) => `Study statistics · ${p.day}`,
  'chart.heatmap': (p) => `Reviews in the last year · ${p.total}`,
  'chart.reviews30': 'Reviews per day, last 30 days',
  'chart.due30': 'Cards due per day, next 30 days',
  'chart.recall': 'Answered without "Again", per month',
  'chart.less': 'Less',
  'chart.more': 'More',
  'chart.noData': 'no reviews yet',
  'chart.nothingDue': 'nothing due in the next 30 days',
  'fit.button': 'Fit my schedule',
  'fit.revertButton': 'Back to the default schedule',
  'fit.needMore': (p) => `“Fit my schedule” opens at ${p.min} reviews; you have ${p.have}.`,
  'fit.notEnoughData': 'Your log does not yet have enough repeated reviews of the same cards to fit a schedule. Keep reviewing and try again later.',
  'fit.done': (p) => `✅ Your schedule is now fitted to your ${p.reviews} reviews.`,
  'fit.reverted': '↩️ Back to the default schedule.',
  'fit.nothingToRevert': 'You are already on the default schedule.',
  'fit.compare': (p) =>
    `**Predicted retention now:** ${p.beforeRetention} → ${p.afterRetention}\n**Reviews per day (next 30 days):** ${p.beforeLoad} → ${p.afterLoad}`,
  'fit.current': 'Your schedule is fitted to your own reviews.',
} satisfies Record<string, Message>;

export type HabitMessageKey = keyof typeof en;

const zh: Record<HabitMessageKey, Message> = {
  'remind.on': (p) => `⏰ 已开启提醒：每天 **${p.time}**（${p.zone}）有待复习的卡片时，我会私信你。请允许本服务器成员给你发私信，否则我联系不到你。`,
  'remind.off': '已关闭提醒。',
  'remind.alreadyOff': '提醒本来就是关闭的。',
  'remind.badTime': (p) => `\`${p.value}\` 不是有效时间。请使用 24 小时制 HH:MM，例如 21:30。`,
  'remind.badZone': (p) => `\`${p.value}\` 不是有效时区。请从建议中选择，例如 Asia/Shanghai。`,
  'remind.message': (p) => `⏰ ${p.due} 张待复习，今日还剩 ${p.fresh} 张新卡。`,
  'remind.openQuiz': '打开我的复习',
  'remind.turnedOff': '我没能给你发提醒：你关闭了私信，所以提醒已自动关闭。允许本服务器成员私信你之后，再用 `/remind on` 开启。',
  'thread.name': (p) => `讨论 · ${p.title}`,
  'thread.previous': (p) => `上一题的讨论：${p.link}`,
  'config.quizThread': '每日一题讨论串',
  'config.quizThreadOn': '开启',
  'config.quizThreadOff': '关闭',
  'config.threadProblem.permission': (p) => `${p.day} 没有讨论串：机器人在 <#${p.channel}> 缺少“创建公开子区”权限`,
  'config.threadProblem.other': (p) => `${p.day} 没有讨论串：Discord 拒绝了请求（${p.reason}）`,
  'export.caption': (p) => `你的复习记录：共 ${p.count} 次复习，时间为 UTC。`,
  'export.empty': '你还没有可以导出的复习记录。用 /quiz 开始吧！',
  'export.earlier': (p) => `另有 ${p.count} 次复习发生在机器人开始记录日志之前，无法导出。`,
  'stats.pictureAlt': '你的学习统计图表',
  'chart.title': (p) => `学习统计 · ${p.day}`,
  'chart.heatmap': (p) => `近一年的复习 · 共 ${p.total} 次`,
  'chart.reviews30': '近 30 天每日复习次数',
  'chart.due30': '未来 30 天每日到期卡片',
  'chart.recall': '每月非“重来”比例',
  'chart.less': '少',
  'chart.more': '多',
  'chart.noData': '还没有复习记录',
  'chart.nothingDue': '未来 30 天没有到期卡片',
  'fit.button': '按我的记录优化排程',
  'fit.revertButton': '恢复默认排程',
  'fit.needMore': (p) => `复习满 ${p.min} 次后可以按你的记录优化排程；你目前有 ${p.have} 次。`,
  'fit.notEnoughData': '你的记录里同一张卡片的重复复习还不够，暂时无法优化排程。继续复习，过段时间再试。',
  'fit.done': (p) => `✅ 已根据你的 ${p.reviews} 次复习优化排程。`,
  'fit.reverted': '↩️ 已恢复默认排程。',
  'fit.nothingToRevert': '你现在用的就是默认排程。',
  'fit.compare': (p) => `**当前预测记忆保持率：** ${p.beforeRetention} → ${p.afterRetention}\n**每日复习量（未来 30 天）：** ${p.beforeLoad} → ${p.afterLoad}`,
  'fit.current': '你的排程已根据你自己的复习记录优化。',
};

const catalogs: Record<Lang, Record<HabitMessageKey, Message>> = { en, zh };

export function ht(lang: Lang, key: HabitMessageKey, params: Params = {}): string {
  const message = catalogs[lang][key];
  return typeof message === 'function' ? message(params) : message;
}
