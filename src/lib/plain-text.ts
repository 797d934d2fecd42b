/**
 * Characters no text format of the site may carry: C0 and C1 control characters except tab and
 * line breaks, DEL, the non-characters U+FFFE/U+FFFF (all illegal in XML 1.0 and in iCalendar
 * text). Lone surrogates become U+FFFD. The schemas refuse them in single-line fields already;
 * the generators of feeds and calendars use this as their own defence.
 */
export function withoutControlCharacters(text: string): string {
  return text.toWellFormed().replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '');
}
