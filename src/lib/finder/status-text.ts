/**
 * The sentences a filtered list (src/components/finder/filter-list.ts) shows about its result:
 * the status line, the "more" button and the button that leads to the results.
 */

/** Words of one list: plural noun ("Gütezeichen", "Praxisbeispiele") and the status when nothing matches. */
export interface ListWords {
  plural: string;
  none: string;
}

export interface ResultCounts {
  /** Records that match. */
  count: number;
  /** All records of the list. */
  total: number;
  /** Matches shown now; fewer than count while the list is paged. */
  shown: number;
  /** Whether a filter or a search text is set. */
  filtered: boolean;
}

/** The status line: how many match, and how many of them are shown while the list is paged. */
export function statusText(words: ListWords, { count, total, shown, filtered }: ResultCounts): string {
  const message = count === 0 ? words.none : filtered ? `${count} von ${total} ${words.plural} passen zu Ihrer Auswahl` : `${total} ${words.plural}`;
  return count > shown ? `${message}. Angezeigt: die ersten ${shown}.` : message;
}

/** The label of the button that shows the next page of a list; `rest` are the matches not yet shown. */
export function moreText(plural: string, rest: number, pageSize: number): string {
  return rest > pageSize ? `Weitere ${pageSize} ${plural} anzeigen (noch ${rest} nicht angezeigt)` : `Weitere ${rest} ${plural} anzeigen`;
}

/** The submit button of the filter form, which leads to the results. */
export function showResultsText(count: number): string {
  return `${count} Treffer anzeigen`;
}

/** The button that folds the filters away on narrow screens. */
export function filterToggleText(open: boolean): string {
  return open ? 'Filter ausblenden' : 'Filter anzeigen';
}
