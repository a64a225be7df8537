/**
 * Discord API limits, in characters. Discord counts code points while we measure UTF-16 units,
 * which is never fewer, so staying under these numbers in `.length` is always safe.
 */
export const DISCORD_LIMITS = {
  messageContent: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  embedFields: 25,
  embedsPerMessage: 10,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
