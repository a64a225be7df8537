import type { Lang } from '../../i18n.ts';
import { t } from '../../i18n.ts';
import type { Stores } from '../../stores.ts';

/**
 * What a member must be told, privately, the next time they use a command: that their reminders
 * turned themselves off because their DMs are closed. Told once.
 */
export async function takeMemberNotice(stores: Stores, userId: string, lang: Lang): Promise<string | null> {
  const record = await stores.reminders.get(userId);
  if (!record?.turnedOff || record.turnedOff.told) return null;
  const updated = await stores.reminders.update(userId, (current) =>
    current?.turnedOff && !current.turnedOff.told ? { ...current, turnedOff: { ...current.turnedOff, told: true } } : undefined,
  );
  return updated ? t(lang, 'remind.turnedOff') : null;
}
