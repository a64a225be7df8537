import { describe, expect, it } from 'vitest';
import { dueReminderDay, reminderMessage, reminderMoment, reminderNonce } from '../../src/habits/reminders/reminder-job.ts';
import type { ReminderRecord } from '../../src/habits/reminders/reminder-store.ts';
import { ALICE } from '../../kit/members.ts';

const record = (change: Partial<ReminderRecord> = {}): ReminderRecord => ({
  enabled: true,
  time: '21:30',
  zone: 'Asia/Shanghai',
  lang: 'en',
  activeFrom: Date.parse('2026-12-01T00:00:00Z'),
  handledDay: null,
  lastSentAt: null,
  turnedOff: null,
  ...change,
});

describe('when a reminder is due', () => {
  it('from its local time on, once per local day', () => {
    expect(dueReminderDay(record(), new Date('2026-12-03T13:29:00Z'))).toBeNull(); // 21:29 in Shanghai
    expect(dueReminderDay(record(), new Date('2026-12-03T13:30:00Z'))).toBe('2026-12-03');
    expect(dueReminderDay(record(), new Date('2026-12-03T15:59:00Z'))).toBe('2026-12-03'); // catches up the same day
    expect(dueReminderDay(record({ handledDay: '2026-12-03' }), new Date('2026-12-03T15:00:00Z'))).toBeNull();
    expect(dueReminderDay(record({ handledDay: '2026-12-03' }), new Date('2026-12-04T13:30:00Z'))).toBe('2026-12-04');
    expect(dueReminderDay(record({ enabled: false }), new Date('2026-12-03T14:00:00Z'))).toBeNull();
  });

  it('waits for the next day when turned on after that day’s time', () => {
    const turnedOnLate = record({ activeFrom: Date.parse('2026-12-03T14:00:00Z') });
    expect(dueReminderDay(turnedOnLate, new Date('2026-12-03T14:01:00Z'))).toBeNull();
    expect(dueReminderDay(turnedOnLate, new Date('2026-12-04T13:30:00Z'))).toBe('2026-12-04');
  });

  it('follows the member’s zone across a daylight-saving change', () => {
    const newYork = record({ zone: 'America/New_York', time: '08:00' });
    expect(reminderMoment(newYork, '2026-03-07').toISOString()).toBe('2026-03-07T13:00:00.000Z');
    expect(reminderMoment(newYork, '2026-03-09').toISOString()).toBe('2026-03-09T12:00:00.000Z');
  });

  it('sends a short message with the quiz button and a nonce Discord accepts', () => {
    const message = reminderMessage(record(), 5, 3);
    expect(message.content).toBe('⏰ 5 due, 3 new left today.');
    expect(JSON.stringify(message.components)).toContain('"custom_id":"1:remind-quiz"');
    expect(reminderMessage(record({ lang: 'zh' }), 5, 3).content).toBe('⏰ 5 张待复习，今日还剩 3 张新卡。');
    expect(reminderNonce(ALICE.id, '2026-12-03').length).toBeLessThanOrEqual(25);
    expect(reminderNonce(ALICE.id, '2026-12-03')).not.toBe(reminderNonce(ALICE.id, '2026-12-04'));
  });
});
