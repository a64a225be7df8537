import type { Lang } from '../i18n.ts';
import type { ChannelProblem, JobKind, PermissionName } from '../scheduling/types.ts';

/** Job-health strings (alerts, /config show), kept apart from the shared catalog so parallel edits do not collide. */
type Params = Record<string, string | number>;
type Message = string | ((p: Params) => string);

const en = {
  'job.announce': 'Announcements',
  'job.quiz': 'Daily quiz',
  'perm.ViewChannel': 'View Channel',
  'perm.SendMessages': 'Send Messages',
  'perm.EmbedLinks': 'Embed Links',
  'perm.SendMessagesInThreads': 'Send Messages in Threads',
  'perm.ReadMessageHistory': 'Read Message History',
  and: ' and ',
  'problem.missing-permissions': (p) => `I need ${p.list} in <#${p.channel}>.`,
  'problem.missing-permissions-unknown': (p) => `I lack a permission I need to post in <#${p.channel}>.`,
  'problem.missing-access': (p) => `I can't see <#${p.channel}>: I need *View Channel* there.`,
  'problem.unknown-channel': (p) => `The channel ${p.channel} no longer exists: choose another with \`/config ${p.command}\`.`,
  'problem.unsupported-channel': (p) => `<#${p.channel}> is not a text, announcement or forum channel: choose another with \`/config ${p.command}\`.`,
  'problem.discord-error': (p) => `Discord failed the post (${p.detail}); I retry on every tick.`,
  'alert.blocked': (p) => `⚠️ **${p.job}** paused. ${p.reason} I'll resume by myself once that's fixed${p.waiting}.`,
  'alert.waiting': (p) => `; ${p.count} waiting`,
  'alert.failing': (p) => `⚠️ **${p.job}** in <#${p.channel}> failed ${p.count} times in a row. ${p.reason}`,
  'alert.recovered': (p) => `✅ **${p.job}** in <#${p.channel}> work again.`,
  'alert.content': (p) =>
    `⚠️ ${p.count === 1 ? 'A content file has a problem' : `${p.count} content files have problems`} (\`npm run check\` shows the same); the last good version of each keeps being used:`,
  'alert.contentMore': (p) => `… and ${p.count} more.`,
  'show.health': 'Status',
  'show.never': 'never',
  'show.lastSuccess': (p) => `Last post: ${p.when}`,
  'show.lastFailure': (p) => `Last failure: ${p.when}`,
  'show.paused': 'Paused until fixed',
  'show.waiting': (p) => `${p.count} waiting`,
  'show.noChannel': 'no channel',
  'show.ok': 'no problem so far',
  'show.alertsChannel': 'Alerts channel',
  'show.contentProblems': (p) => `Content: ${p.count} file${p.count === 1 ? '' : 's'} with problems (\`npm run check\`)`,
  'config.alertsOff': 'Alerts are off: nothing will be posted about problems.',
  'config.channelProblem': (p) => `Saved, but ${p.reason}`,
} satisfies Record<string, Message>;

export type HealthMessageKey = keyof typeof en;

const zh: Record<HealthMessageKey, Message> = {
  'job.announce': '新文章公告',
  'job.quiz': '每日测验',
  'perm.ViewChannel': '查看频道',
  'perm.SendMessages': '发送消息',
  'perm.EmbedLinks': '嵌入链接',
  'perm.SendMessagesInThreads': '在子区中发送消息',
  'perm.ReadMessageHistory': '阅读消息历史',
  and: '和',
  'problem.missing-permissions': (p) => `我需要在 <#${p.channel}> 拥有${p.list}权限。`,
  'problem.missing-permissions-unknown': (p) => `我缺少在 <#${p.channel}> 发帖所需的权限。`,
  'problem.missing-access': (p) => `我看不到 <#${p.channel}>：请在那里给我*查看频道*权限。`,
  'problem.unknown-channel': (p) => `频道 ${p.channel} 已不存在：请用 \`/config ${p.command}\` 选择其他频道。`,
  'problem.unsupported-channel': (p) => `<#${p.channel}> 不是文字、公告或论坛频道：请用 \`/config ${p.command}\` 选择其他频道。`,
  'problem.discord-error': (p) => `Discord 发帖失败（${p.detail}），每次定时运行都会重试。`,
  'alert.blocked': (p) => `⚠️ **${p.job}**已暂停。${p.reason}修复后我会自动恢复${p.waiting}。`,
  'alert.waiting': (p) => `，有 ${p.count} 条在等待`,
  'alert.failing': (p) => `⚠️ <#${p.channel}> 的**${p.job}**已连续失败 ${p.count} 次。${p.reason}`,
  'alert.recovered': (p) => `✅ <#${p.channel}> 的**${p.job}**已恢复正常。`,
  'alert.content': (p) => `⚠️ 有 ${p.count} 个内容文件有问题（\`npm run check\` 会显示同样的问题），每个文件继续使用上一个正确版本：`,
  'alert.contentMore': (p) => `……还有 ${p.count} 个。`,
  'show.health': '状态',
  'show.never': '从未',
  'show.lastSuccess': (p) => `上次发布：${p.when}`,
  'show.lastFailure': (p) => `上次失败：${p.when}`,
  'show.paused': '已暂停，等待修复',
  'show.waiting': (p) => `${p.count} 条等待中`,
  'show.noChannel': '未设置频道',
  'show.ok': '目前没有问题',
  'show.alertsChannel': '提醒频道',
  'show.contentProblems': (p) => `内容：${p.count} 个文件有问题（\`npm run check\`）`,
  'config.alertsOff': '提醒已关闭：出现问题时不会发帖提醒。',
  'config.channelProblem': (p) => `已保存，但是${p.reason}`,
};

const catalogs: Record<Lang, Record<HealthMessageKey, Message>> = { en, zh };

export function ht(lang: Lang, key: HealthMessageKey, params: Params = {}): string {
  const message = catalogs[lang][key];
  return typeof message === 'function' ? message(params) : message;
}

export function jobName(lang: Lang, job: JobKind): string {
  return ht(lang, job === 'announce' ? 'job.announce' : 'job.quiz');
}

/** The /config subcommand that sets a job's channel, for "choose another with …". */
function channelCommand(job: JobKind): string {
  return job === 'announce' ? 'announce-channel' : 'quiz-channel';
}

/** A problem in words an admin can act on: which permission, in which channel, or what to run. */
/** `command` names the /config subcommand that chooses the channel, when it is not the job's own. */
export function problemText(lang: Lang, problem: ChannelProblem, channelId: string, job: JobKind, command = channelCommand(job)): string {
  const base = { channel: channelId, command };
  switch (problem.kind) {
    case 'missing-permissions': {
      if (problem.missing.length === 0) return ht(lang, 'problem.missing-permissions-unknown', base);
      const names = problem.missing.map((name: PermissionName) => `*${ht(lang, `perm.${name}`)}*`);
      const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(lang === 'zh' ? '、' : ', ')}${ht(lang, 'and')}${names.at(-1)}`;
      return ht(lang, 'problem.missing-permissions', { ...base, list });
    }
    case 'discord-error':
      return ht(lang, 'problem.discord-error', { ...base, detail: problem.status === null ? 'network' : `HTTP ${problem.status}` });
    default:
      return ht(lang, `problem.${problem.kind}`, base);
  }
}
