import { MIN_COMPARE } from './compare-url';

/**
 * The comparison's status line (src/components/labels/label-compare.ts): what is chosen, what the
 * table shows, and why labels beyond the fourth were left out (`refused`, from refusedMessage).
 */
export function compareStatus(names: readonly string[], differing: number, refused = ''): string {
  if (names.length < MIN_COMPARE) {
    return (
      refused ||
      (names.length === 1 ? `Ausgewählt: ${names[0]}. Wählen Sie mindestens ein weiteres Gütezeichen.` : 'Wählen Sie zwei bis vier Gütezeichen aus der Liste.')
    );
  }
  return `${refused ? `${refused} ` : ''}${names.length} Gütezeichen im Vergleich, ${differing} Zeilen mit Unterschieden.`;
}

/** After a column was removed: what happened first, then what the table now shows. */
export function removedStatus(name: string, status: string): string {
  return `„${name}“ aus dem Vergleich entfernt. ${status}`;
}
