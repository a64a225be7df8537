/**
 * The one message catalog: namespaced keys (`error.*`, `search.*`, `card.*`, … here; `quiz.*`,
 * `stats.*`, `board.*`, … in src/messages/quiz.ts; `remind.*`, `fit.*`, … in src/messages/habits.ts), one function that picks the language from a
 * Discord locale, and t() to read it.
 */
import type { Message, Params } from './messages/message.ts';
import * as habits from './messages/habits.ts';
import * as health from './messages/health.ts';
import * as quiz from './messages/quiz.ts';

/** Reply language: members with a Chinese client get Chinese, everyone else English. */
export type Lang = 'zh' | 'en';

export function langFromLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const en = {
  'error.internal': 'Something went wrong on our side. It has been logged; please try again.',
  'error.storeUnavailable': 'The bot’s storage is temporarily unavailable. Please try again in a minute.',
  'error.guildOnly': 'This command only works inside a server.',
  'error.notYourButton': 'This button belongs to the member who ran the command. Run it yourself to get your own.',
  'error.expired': 'This button no longer works. Run the command again.',
  'error.restarting': 'The bot is restarting. Please try again in a few seconds.',
  'error.unknownArticle': 'That article is no longer available.',
  'error.outdatedCommand': 'This command has changed. Please run it again.',
  'search.empty': 'Type something to search for.',
  'search.none': (p) => `Nothing matches **${p.query}**.`,
  'search.indexing': (p) => `The notes are still being indexed (about ${p.seconds} s to go). Please try again shortly.`,
  'search.didYouMean': 'Did you mean:',
  'search.header': (p) => `Results ${p.from}–${p.to} of ${p.total} for **${p.query}**`,
  'search.tagFilter': (p) => ` in tag \`${p.tag}\``,
  'search.next': 'Next page',
  'search.previous': 'Previous page',
  'card.notFound': (p) => `No article matches **${p.query}**.`,
  'card.showSolution': 'Show solution',
  'card.solutionTitle': (p) => `Solution: ${p.title}`,
  'card.solutionMore': 'The full solution is longer; open the article for the rest.',
  'card.tags': 'Tags',
  'card.date': 'Published',
  'card.links': 'Links',
  'card.difficulty': 'Difficulty',
  'card.article': 'Article',
  'card.moreFormulas': (p) => `More formulas (${p.count})`,
  'card.moreFormulasNote': (p) => `${p.count} more formulas: use the button below.`,
  'card.formulasPage': (p) => `Formulas ${p.from}–${p.to} of ${p.total}: ${p.title}`,
  'card.formulaAlt': (p) => `Formula ${p.n}: ${p.tex}`,
  'card.formulaElsewhere': (p) => `(formula ${p.n}: under “More formulas”)`,
  'search.matchInSolution': 'The match is in the solution (open the card and use “Show solution”).',
  'difficulty.easy': 'Easy',
  'difficulty.medium': 'Medium',
  'difficulty.hard': 'Hard',
  'latest.header': (p) => `The ${p.count} newest articles`,
  'latest.none': 'No articles are published yet.',
  'random.another': 'Another one',
  'random.none': 'No published article matches.',
  'random.noneTag': (p) => `No published article has the tag \`${p.tag}\`.`,
  'tags.header': (p) => `${p.count} tags`,
  'tags.none': 'No tags yet.',
  'help.title': 'studycards',
  'help.intro': 'Study cards from our notes and LeetCode solutions.',
  'help.version': (p) => `Version ${p.version}`,
  'help.command.search': 'Find notes and LeetCode cards (Chinese or English, typos forgiven). Up to 5 results a page.',
  'help.command.card': 'One article as a study card. LeetCode cards have a “Show solution” button.',
  'help.command.latest': 'The newest articles.',
  'help.command.random': 'A random article, with “Another one”.',
  'help.command.tags': 'Every tag and how many articles have it.',
  'help.command.quiz': 'Your personal LeetCode review queue (spaced repetition, FSRS).',
  'help.command.stats': 'Your study statistics and streak, with a year heatmap and charts; fit the schedule to your own reviews.',
  'help.command.remind': 'A daily direct message when cards are due (/remind on time:HH:MM [timezone] · /remind off).',
  'help.command.export': 'Your review log as a CSV file, privately.',
  'help.command.leaderboard': 'Who reviewed the most in this server.',
  'help.command.config': 'Server settings: announcement and quiz channels, quiz time, timezone, daily discussion threads (Manage Server).',
  'config.needsManageGuild': 'Only members with the Manage Server permission can change these settings.',
  'config.title': 'Server settings',
  'config.announceChannel': 'Announcement channel',
  'config.quizChannel': 'Daily quiz channel',
  'config.quizTime': 'Daily quiz time',
  'config.timezone': 'Timezone',
  'config.unset': 'not set',
  'config.fromEnv': (p) => `${p.value} (bot default)`,
  'config.quizTimeDefault': (p) => `bot default (cron \`${p.cron}\`)`,
  'config.saved': (p) => `Saved: ${p.what} is now ${p.value}.`,
  'config.badTime': (p) => `\`${p.value}\` is not a time. Use 24-hour HH:MM, for example 09:30.`,
  'config.badZone': (p) => `\`${p.value}\` is not a timezone. Pick one from the suggestions, for example Asia/Shanghai.`,
  'config.badChannel': 'Pick a text channel of this server.',
} satisfies Record<string, Message>;

type CommonKey = keyof typeof en;
export type MessageKey = CommonKey | quiz.QuizMessageKey | habits.HabitMessageKey | health.HealthMessageKey;

const zh: Record<CommonKey, Message> = {
  'error.internal': '出了点问题，已记录日志，请稍后再试。',
  'error.storeUnavailable': '机器人的存储暂时不可用，请过一分钟再试。',
  'error.guildOnly': '这个命令只能在服务器里使用。',
  'error.notYourButton': '这个按钮属于发起命令的成员。请自己运行一次命令。',
  'error.expired': '这个按钮已失效，请重新运行命令。',
  'error.restarting': '机器人正在重启，请几秒后再试。',
  'error.unknownArticle': '这篇文章已不存在。',
  'error.outdatedCommand': '这个命令已更新，请重新运行。',
  'search.empty': '请输入要搜索的内容。',
  'search.none': (p) => `没有找到与 **${p.query}** 匹配的内容。`,
  'search.indexing': (p) => `笔记还在建立索引（大约还需 ${p.seconds} 秒），请稍后再试。`,
  'search.didYouMean': '你是不是要找：',
  'search.header': (p) => `**${p.query}** 的搜索结果：第 ${p.from}–${p.to} 条，共 ${p.total} 条`,
  'search.tagFilter': (p) => `（标签 \`${p.tag}\`）`,
  'search.next': '下一页',
  'search.previous': '上一页',
  'card.notFound': (p) => `没有找到与 **${p.query}** 匹配的文章。`,
  'card.showSolution': '查看题解',
  'card.solutionTitle': (p) => `题解：${p.title}`,
  'card.solutionMore': '题解较长，其余部分请打开原文查看。',
  'card.tags': '标签',
  'card.date': '发布时间',
  'card.links': '链接',
  'card.difficulty': '难度',
  'card.article': '原文',
  'card.moreFormulas': (p) => `更多公式（${p.count}）`,
  'card.moreFormulasNote': (p) => `还有 ${p.count} 个公式，请点下方按钮查看。`,
  'card.formulasPage': (p) => `公式 ${p.from}–${p.to}（共 ${p.total} 个）：${p.title}`,
  'card.formulaAlt': (p) => `公式 ${p.n}：${p.tex}`,
  'card.formulaElsewhere': (p) => `（公式 ${p.n}：见“更多公式”）`,
  'search.matchInSolution': '匹配内容在题解中（打开卡片后点“查看题解”）。',
  'difficulty.easy': '简单',
  'difficulty.medium': '中等',
  'difficulty.hard': '困难',
  'latest.header': (p) => `最新的 ${p.count} 篇文章`,
  'latest.none': '还没有发布任何文章。',
  'random.another': '再来一篇',
  'random.none': '没有符合条件的已发布文章。',
  'random.noneTag': (p) => `没有带标签 \`${p.tag}\` 的已发布文章。`,
  'tags.header': (p) => `共 ${p.count} 个标签`,
  'tags.none': '还没有标签。',
  'help.title': 'studycards',
  'help.intro': '把我们的学习笔记和 LeetCode 题解变成学习卡片。',
  'help.version': (p) => `版本 ${p.version}`,
  'help.command.search': '搜索笔记和 LeetCode 卡片（中英文均可，容忍拼写错误），每页最多 5 条结果。',
  'help.command.card': '以学习卡片显示一篇文章。LeetCode 卡片带“查看题解”按钮。',
  'help.command.latest': '最新发布的文章。',
  'help.command.random': '随机一篇文章，可以“再来一篇”。',
  'help.command.tags': '所有标签及其文章数。',
  'help.command.quiz': '你的 LeetCode 个人复习队列（间隔重复，FSRS 算法）。',
  'help.command.stats': '你的学习统计和连续打卡天数，附一年热力图和图表；可按你自己的记录优化排程。',
  'help.command.remind': '有卡片到期时每天私信提醒你（/remind on time:HH:MM [timezone] · /remind off）。',
  'help.command.export': '私下导出你的复习记录（CSV 文件）。',
  'help.command.leaderboard': '本服务器的复习排行榜。',
  'help.command.config': '服务器设置：公告频道、测验频道、测验时间、时区、每日讨论串（需要“管理服务器”权限）。',
  'config.needsManageGuild': '只有拥有“管理服务器”权限的成员才能修改这些设置。',
  'config.title': '服务器设置',
  'config.announceChannel': '公告频道',
  'config.quizChannel': '每日测验频道',
  'config.quizTime': '每日测验时间',
  'config.timezone': '时区',
  'config.unset': '未设置',
  'config.fromEnv': (p) => `${p.value}（机器人默认）`,
  'config.quizTimeDefault': (p) => `机器人默认（cron \`${p.cron}\`）`,
  'config.saved': (p) => `已保存：${p.what} 现在是 ${p.value}。`,
  'config.badTime': (p) => `\`${p.value}\` 不是有效时间。请使用 24 小时制 HH:MM，例如 09:30。`,
  'config.badZone': (p) => `\`${p.value}\` 不是有效时区。请从建议中选择，例如 Asia/Shanghai。`,
  'config.badChannel': '请选择本服务器的一个文字频道。',
};

const catalogs: Record<Lang, Record<MessageKey, Message>> = {
  en: { ...en, ...quiz.en, ...habits.en, ...health.en },
  zh: { ...zh, ...quiz.zh, ...habits.zh, ...health.zh },
};

/** Whether the catalog has this key (for keys built at run time, like `help.command.<name>`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.en, key);
}

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = catalogs[lang][key];
  return typeof message === 'function' ? message(params) : message;
}
