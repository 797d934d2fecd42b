import { describe, expect, it } from 'vitest';
import { spacedForIndex } from '../../src/lib/search/index-html';

describe('spacedForIndex', () => {
  it('separates terms and values, cells, list items and a time from the badge after it', () => {
    expect(spacedForIndex('<dl><div><dt>Termin</dt><dd>Mittwoch</dd></div></dl>')).toBe('<dl><div><dt>Termin</dt> <dd>Mittwoch</dd> </div> </dl>');
    expect(spacedForIndex('<tr><th>Bewertet von</th><th>Urteil</th></tr>')).toBe('<tr><th>Bewertet von</th> <th>Urteil</th> </tr>');
    expect(spacedForIndex('<time>15:00 Uhr</time><span class="kern-badge">Anmeldung möglich</span>')).toBe(
      '<time>15:00 Uhr</time> <span class="kern-badge">Anmeldung möglich</span>',
    );
    expect(spacedForIndex('kostenfrei<br>Reisekosten')).toBe('kostenfrei<br>Reisekosten');
    expect(spacedForIndex('kostenfrei<br><span>Reisekosten</span>')).toBe('kostenfrei<br> <span>Reisekosten</span>');
  });

  it('never splits a word: inline elements and closing tags followed by text stay as they are', () => {
    const html = '<p>Fair<strong>trade</strong><a href="/x">-Siegel</a></p><p><time>9 Uhr</time>, online</p>';
    expect(spacedForIndex(html)).toBe('<p>Fair<strong>trade</strong><a href="/x">-Siegel</a></p> <p><time>9 Uhr</time>, online</p>');
  });
});
