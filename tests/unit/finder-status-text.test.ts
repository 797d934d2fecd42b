import { describe, expect, it } from 'vitest';
import { filterToggleText, moreText, showResultsText, statusText } from '../../src/lib/finder/status-text';

const labels = { plural: 'Gütezeichen', none: 'Kein Gütezeichen passt zu Ihrer Auswahl. Entfernen Sie einzelne Filter.' };

describe('status sentences of a filtered list', () => {
  it('names the whole list while nothing is chosen', () => {
    expect(statusText(labels, { count: 47, total: 47, shown: 24, filtered: false })).toBe('47 Gütezeichen. Angezeigt: die ersten 24.');
    expect(statusText({ plural: 'Praxisbeispiele', none: '' }, { count: 3, total: 3, shown: 3, filtered: false })).toBe('3 Praxisbeispiele');
  });

  it('counts the matches of a choice out of all', () => {
    expect(statusText(labels, { count: 3, total: 47, shown: 3, filtered: true })).toBe('3 von 47 Gütezeichen passen zu Ihrer Auswahl');
    expect(statusText(labels, { count: 30, total: 47, shown: 24, filtered: true })).toBe(
      '30 von 47 Gütezeichen passen zu Ihrer Auswahl. Angezeigt: die ersten 24.',
    );
  });

  it('says so when nothing matches', () => {
    expect(statusText(labels, { count: 0, total: 47, shown: 0, filtered: true })).toBe(labels.none);
  });

  it('labels the buttons', () => {
    expect(moreText('Gütezeichen', 30, 24)).toBe('Weitere 24 Gütezeichen anzeigen (noch 30 nicht angezeigt)');
    expect(moreText('Gütezeichen', 24, 24)).toBe('Weitere 24 Gütezeichen anzeigen');
    expect(moreText('Praxisbeispiele', 5, 24)).toBe('Weitere 5 Praxisbeispiele anzeigen');
    expect(showResultsText(0)).toBe('0 Treffer anzeigen');
    expect(showResultsText(12)).toBe('12 Treffer anzeigen');
    expect(filterToggleText(true)).toBe('Filter ausblenden');
    expect(filterToggleText(false)).toBe('Filter anzeigen');
  });
});
