import crypto from 'node:crypto';
import { t } from '../../i18n.ts';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { encodeButtonId } from '../../interactions/custom-ids.ts';
import type { BotDeps, Reply } from '../../interactions/types.ts';
import { buildStudyQueue } from '../../quiz/study-queue.ts';
import type { Leases } from '../../store/lease.ts';
import { instantOfWallTime, localDay } from '../../time.ts';
import type { ReminderRecord } from './reminder-store.ts';

export const OPEN_QUIZ_ID = encodeButtonId({ kind: 'remind-quiz' });

/** Sends a direct message; implemented over Discord's REST API in src/discord. */
export interface DirectMessenger {
  /**
   * 'closed' when Discord refuses because the member does not accept DMs from the bot (50007);
   * any other failure rejects. `nonce` (≤ 25 chars, enforced) makes a retry return the first DM.
   */
  send(userId: string, message: Reply, nonce: string): Promise<'sent' | 'closed'>;
}

export interface ReminderTickReport {
  sent: { userId: string; day: string; due: number; fresh: number }[];
  nothingDue: { userId: string; day: string }[];
  turnedOff: { userId: string }[];
  failed: { userId: string; error: string }[];
}

/** How long one process keeps the claim on a member's day: long enough to send and record it. */
const CLAIM_MS = 90_000;
/**
 * Discord remembers an enforced nonce for a few minutes; within this much of an interrupted attempt
 * the same nonce makes a retry return the DM that may already have been sent.
 */
const NONCE_TRUST_MS = 2 * 60_000;

/** The instant of a reminder on local `day`. */
export function reminderMoment(record: Pick<ReminderRecord, 'time' | 'zone'>, day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = record.time.split(':').map(Number) as [number, number];
  return instantOfWallTime({ year, month, day: date, hour, minute, second: 0 }, record.zone);
}

/** Local day whose reminder is due at `now`, or null (not yet, already handled, or switched on after it). */
export function dueReminderDay(record: ReminderRecord, now: Date): string | null {
  if (!record.enabled) return null;
  const day = localDay(now, record.zone);
  if (record.handledDay === day) return null;
  const moment = reminderMoment(record, day).getTime();
  if (moment > now.getTime() || moment < record.activeFrom) return null;
  return day;
}

export function reminderNonce(userId: string, day: string): string {
  return `r${crypto.createHash('sha256').update(`${userId}:${day}`).digest('hex').slice(0, 24)}`;
}

export function reminderMessage(record: ReminderRecord, due: number, fresh: number): Reply {
  return {
    content: t(record.lang, 'remind.message', { due, fresh }),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: t(record.lang, 'remind.openQuiz'), custom_id: OPEN_QUIZ_ID }],
      },
    ],
  };
}

/**
 * One pass over the members with reminders, safe to run every minute in every process: a member's
 * day is handled once (recorded in their reminder), a claim in the shared store keeps two processes
 * from sending the same day at once, and an attempt is recorded before the DM goes out, so after a
 * crash mid-send the retry either reuses the DM's nonce (Discord returns the DM already sent) or,
 * once the nonce may be forgotten, gives the day up rather than send twice.
 */
export async function runReminders(now: Date, deps: BotDeps, messenger: DirectMessenger, leases: Leases): Promise<ReminderTickReport> {
  const report: ReminderTickReport = { sent: [], nothingDue: [], turnedOff: [], failed: [] };
  const store = deps.stores.reminders;
  for (const userId of await store.members()) {
    try {
      await remindMember(userId, now, deps, messenger, leases, report);
    } catch (error) {
      report.failed.push({ userId, error: (error as Error).message });
      deps.logger.warn({ err: error, job: 'remind', userId }, 'reminder not sent; a later tick tries again');
    }
  }
  return report;
}

async function remindMember(userId: string, now: Date, deps: BotDeps, messenger: DirectMessenger, leases: Leases, report: ReminderTickReport): Promise<void> {
  const store = deps.stores.reminders;
  const record = await store.get(userId);
  const day = record ? dueReminderDay(record, now) : null;
  if (!record || !day) return;

  const deck = await deps.stores.quiz.deck(userId);
  const queue = buildStudyQueue(deck, deps.corpus.library.leetcodeCards(now), now, record.zone);
  const due = queue.due.length;
  const fresh = queue.fresh.length;
  const markHandled = (change: Partial<ReminderRecord> = {}) =>
    store.update(userId, (current) => (current && current.enabled ? { ...current, handledDay: day, ...change } : current));
  if (due + fresh === 0) {
    await markHandled();
    report.nothingDue.push({ userId, day });
    deps.logger.debug({ job: 'remind', userId, day }, 'nothing due; no reminder today');
    return;
  }
  if (!(await leases.tryAcquire(`reminder:${userId}:${day}`, CLAIM_MS))) return;
  // Read again under the claim: another process may have sent and recorded it just before.
  const fresher = await store.get(userId);
  if (!fresher || dueReminderDay(fresher, now) !== day) return;
  const attempt = fresher.sending;
  if (attempt?.day === day && now.getTime() - attempt.at > NONCE_TRUST_MS) {
    // A process died while sending, long enough ago that Discord may have forgotten the nonce: the
    // DM may well have gone out, and a second one is worse than none.
    await markHandled({ sending: null });
    deps.logger.warn({ job: 'remind', userId, day }, 'an earlier attempt was interrupted; not sending again today');
    return;
  }
  if (attempt?.day !== day) await store.update(userId, (current) => current && { ...current, sending: { day, at: now.getTime() } });

  let outcome: 'sent' | 'closed';
  try {
    outcome = await messenger.send(userId, reminderMessage(fresher, due, fresh), reminderNonce(userId, day));
  } catch (error) {
    // The send failed as far as we can tell: a later tick (after the claim expires) tries again.
    await store.update(userId, (current) => current && { ...current, sending: null });
    throw error;
  }
  if (outcome === 'closed') {
    await store.update(
      userId,
      (current) => current && { ...current, enabled: false, sending: null, turnedOff: { reason: 'dm-closed', at: now.getTime(), told: false } },
    );
    report.turnedOff.push({ userId });
    deps.logger.info({ job: 'remind', userId }, 'member does not accept DMs; reminders turned off');
    return;
  }
  await markHandled({ lastSentAt: now.getTime(), sending: null });
  report.sent.push({ userId, day, due, fresh });
  deps.logger.info({ job: 'remind', userId, day, due, fresh }, 'reminder sent');
}
