import type { Library } from '../corpus/library.ts';
import { readLog, type ReviewLogEntry } from '../quiz/review-log.ts';

/**
 * The columns FSRS tools read (card id, review time, rating, state), plus the title and the
 * interval the review gave. `review_state` is the FSRS state the card was in when reviewed:
 * 0 new, 1 learning, 2 review, 3 relearning. Times are ISO 8601 in UTC.
 */
export const EXPORT_COLUMNS = ['card_id', 'title', 'review_time', 'review_rating', 'interval_days', 'review_state'] as const;

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function reviewLogCsv(log: readonly ReviewLogEntry[], library: Library): string {
  const titles = new Map(library.articles.map((article) => [article.id, article.title]));
  const rows = readLog(log)
    .sort((a, b) => a.at - b.at || a.id - b.id)
    .map((review) =>
      [review.articleId, titles.get(review.articleId) ?? '', new Date(review.at).toISOString(), review.grade, review.intervalDays, review.stateBefore]
        .map(cell)
        .join(','),
    );
  return `${[EXPORT_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
