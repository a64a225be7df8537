import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { t, type Lang } from '../src/i18n.ts';
import type { CommandModule } from '../src/interactions/types.ts';
import { fitEmbed } from '../src/render/index.ts';

export const definition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'help',
  description: 'What each command does',
  description_localizations: { 'zh-CN': '每个命令的用法', 'zh-TW': '每個命令的用法' },
};

const USAGE: Record<Lang, [string, string][]> = {
  en: [
    ['/search query [tag]', 'Find notes and LeetCode cards (Chinese or English, typos forgiven). Up to 5 results a page.'],
    ['/card query [hide]', 'One article as a study card. LeetCode cards have a “Show solution” button.'],
    ['/latest [count]', 'The newest articles.'],
    ['/random [tag]', 'A random article, with “Another one”.'],
    ['/tags', 'Every tag and how many articles have it.'],
    ['/quiz', 'Your personal LeetCode review queue (spaced repetition, FSRS).'],
    ['/stats', 'Your study statistics and streak, with a year heatmap and charts; fit the schedule to your own reviews.'],
    ['/remind on time:HH:MM [timezone] · /remind off', 'A daily direct message when cards are due.'],
    ['/export', 'Your review log as a CSV file, privately.'],
    ['/leaderboard [period]', 'Who reviewed the most in this server.'],
    ['/config', 'Server settings: announcement and quiz channels, quiz time, timezone, daily discussion threads (Manage Server).'],
  ],
  zh: [
    ['/search query [tag]', '搜索笔记和 LeetCode 卡片（中英文均可，容忍拼写错误），每页最多 5 条结果。'],
    ['/card query [hide]', '以学习卡片显示一篇文章。LeetCode 卡片带“查看题解”按钮。'],
    ['/latest [count]', '最新发布的文章。'],
    ['/random [tag]', '随机一篇文章，可以“再来一篇”。'],
    ['/tags', '所有标签及其文章数。'],
    ['/quiz', '你的 LeetCode 个人复习队列（间隔重复，FSRS 算法）。'],
    ['/stats', '你的学习统计和连续打卡天数，附一年热力图和图表；可按你自己的记录优化排程。'],
    ['/remind on time:HH:MM [timezone] · /remind off', '有卡片到期时每天私信提醒你。'],
    ['/export', '私下导出你的复习记录（CSV 文件）。'],
    ['/leaderboard [period]', '本服务器的复习排行榜。'],
    ['/config', '服务器设置：公告频道、测验频道、测验时间、时区、每日讨论串（需要“管理服务器”权限）。'],
  ],
};

export const command: CommandModule = {
  definition,
  private: true,
  async run(input, deps) {
    const embed = fitEmbed({
      title: t(input.lang, 'help.title'),
      description: t(input.lang, 'help.intro'),
      color: 0x5865f2,
      fields: USAGE[input.lang].map(([name, value]) => ({ name, value })),
      footer: { text: t(input.lang, 'help.version', { version: deps.version }) },
    });
    return { embeds: [embed], ephemeral: true };
  },
};
