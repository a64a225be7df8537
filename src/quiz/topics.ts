import type { Article } from '../corpus/types.ts';
import { isTopicTag, type TagVocabulary } from '../corpus/tag-vocabulary.ts';
import type { Lang } from '../i18n.ts';
import { escapeMarkdown, truncate } from '../render/index.ts';
import { cardOf, type MemberDeck } from './deck.ts';

/**
 * Quizzing one topic of the study list (`topic-linked-list`, …): which topics exist, how a member names one
 * (the tag, or its label in either language), and how far a member has got in each.
 */
export interface QuizTopic {
  tag: string;
  /** Label in the member's language (the tag itself when tags.yml does not know it). */
  label: string;
  /** Visible LeetCode cards with this topic. */
  count: number;
}

/** Topics that have cards, in the order of tags.yml, then any other topic tags the cards use, by name. */
export function quizTopics(cards: readonly Article[], vocabulary: TagVocabulary, lang: Lang): QuizTopic[] {
  const counts = new Map<string, number>();
  for (const card of cards) for (const tag of card.tags) if (isTopicTag(tag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const known = vocabulary.topics().filter((tag) => counts.has(tag));
  const others = [...counts.keys()].filter((tag) => !vocabulary.has(tag)).sort();
  return [...known, ...others].map((tag) => ({ tag, label: vocabulary.label(tag, lang), count: counts.get(tag)! }));
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** Every way a member may write the topic: the tag, the tag without "topic-", and both labels. */
function namesOf(tag: string, vocabulary: TagVocabulary): string[] {
  return [tag, tag.replace(/^topic-/, ''), vocabulary.label(tag, 'zh'), vocabulary.label(tag, 'en')].map(fold);
}

/**
 * The topic a member asked for: an autocomplete choice sends the tag, but a member may also type a label
 * ("链表", "linked list") and send it without choosing. Null when nothing, or more than one topic, fits.
 */
export function resolveTopic(typed: string, topics: readonly QuizTopic[], vocabulary: TagVocabulary): string | null {
  const wanted = fold(typed);
  if (!wanted) return null;
  const exact = topics.filter((topic) => namesOf(topic.tag, vocabulary).includes(wanted));
  if (exact.length === 1) return exact[0]!.tag;
  const partial = topics.filter((topic) => namesOf(topic.tag, vocabulary).some((name) => name.includes(wanted)));
  return partial.length === 1 ? partial[0]!.tag : null;
}

/** Autocomplete: topics whose tag or either label contains what was typed, with their card counts. */
export function completeTopics(typed: string, topics: readonly QuizTopic[], vocabulary: TagVocabulary): { name: string; value: string }[] {
  const wanted = fold(typed);
  return topics
    .filter((topic) => !wanted || namesOf(topic.tag, vocabulary).some((name) => name.includes(wanted)))
    .slice(0, 25)
    .map((topic) => ({ name: truncate(`${topic.label} (${topic.count})`, 100), value: topic.tag }));
}

export function cardsOfTopic(cards: readonly Article[], topic: string | null): Article[] {
  return topic === null ? [...cards] : cards.filter((card) => card.tags.includes(topic));
}

/** Cards of each topic the member has studied at least once, out of the topic's cards. */
export function topicProgress(deck: MemberDeck, cards: readonly Article[], vocabulary: TagVocabulary, lang: Lang): (QuizTopic & { seen: number })[] {
  return quizTopics(cards, vocabulary, lang).map((topic) => ({
    ...topic,
    seen: cards.filter((card) => card.tags.includes(topic.tag) && cardOf(deck, card.id).fsrs !== null).length,
  }));
}

/** The /stats field "cards seen by topic": one line per topic, e.g. "链表 3/14"; null when no card has a topic. */
export function topicProgressField(
  deck: MemberDeck,
  cards: readonly Article[],
  vocabulary: TagVocabulary,
  lang: Lang,
  title: string,
): { name: string; value: string; inline: false } | null {
  const progress = topicProgress(deck, cards, vocabulary, lang);
  if (progress.length === 0) return null;
  const lines = progress.map((topic) => `${escapeMarkdown(topic.label)} ${topic.seen}/${topic.count}`);
  return { name: title, value: truncate(lines.join('\n'), 1024), inline: false };
}
