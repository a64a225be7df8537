import { t, type Lang } from '../i18n.ts';
import type { ChannelProblem, JobKind, PermissionName } from '../scheduling/types.ts';

/** Job-health wording built from the catalog's `job.*`, `perm.*` and `problem.*` keys. */

export function jobName(lang: Lang, job: JobKind): string {
  return t(lang, job === 'announce' ? 'job.announce' : 'job.quiz');
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
      if (problem.missing.length === 0) return t(lang, 'problem.missing-permissions-unknown', base);
      const names = problem.missing.map((name: PermissionName) => `*${t(lang, `perm.${name}`)}*`);
      const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(lang === 'zh' ? '、' : ', ')}${t(lang, 'and')}${names.at(-1)}`;
      return t(lang, 'problem.missing-permissions', { ...base, list });
    }
    case 'discord-error':
      return t(lang, 'problem.discord-error', { ...base, detail: problem.status === null ? 'network' : `HTTP ${problem.status}` });
    default:
      return t(lang, `problem.${problem.kind}`, base);
  }
}
