import { describe, expect, it } from 'vitest';
import { indexedText, suggestQuery, vocabulary, wordsOf } from '../../src/lib/search/suggest';

const words = vocabulary(['Fairtrade Kaffee Fairtrade Tee Berufskleidung Grabsteine Naturstein', 'Fairtrade-Kaffee Fairer Handel Seminar']);

describe('search suggestions', () => {
  it('keeps the pages’ words, lowercase, most frequent first', () => {
    expect(words[0]).toBe('fairtrade');
    expect(words).toContain('fairtrade-kaffee');
    expect(words).not.toContain('tee');
    expect(wordsOf('Öko-Tex und Schöne Grüße')).toEqual(['öko-tex', 'schöne', 'grüße']);
  });

  it('corrects a swapped or missing letter', () => {
    expect(suggestQuery('Fairtarde', words)).toBe('fairtrade');
    expect(suggestQuery('Berufskleidng', words)).toBe('berufskleidung');
    expect(suggestQuery('Grabsteine Kafee', words)).toBe('Grabsteine kaffee');
  });

  it('leaves known words, short words, numbers and far-off words alone', () => {
    expect(suggestQuery('Fairtrade Kaffee', words)).toBeUndefined();
    expect(suggestQuery('Tea', words)).toBeUndefined();
    expect(suggestQuery('18110000', words)).toBeUndefined();
    expect(suggestQuery('Laptop', words)).toBeUndefined();
  });

  it('reads the indexed part of a built page, not scripts or pages outside the index', () => {
    const page = '<html><body><header>Menü</header><main><div data-pagefind-body><p>Fairer&nbsp;Handel</p><script>var x</script></div></main></body></html>';
    expect(wordsOf(indexedText(page))).toEqual(['fairer', 'handel']);
    expect(indexedText('<main><p>Impressum</p></main>')).toBe('');
  });
});
