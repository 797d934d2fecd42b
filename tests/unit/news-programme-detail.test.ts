import { describe, expect, it } from 'vitest';
import { newsDetail } from '../../src/lib/news/detail';
import { programmeDetail } from '../../src/lib/programmes/detail';
import { fixtureContact, fixtureNews, fixtureProgramme } from './view-fixtures';

describe('newsDetail: what a news page and its preview show', () => {
  it('writes the date in German and names the topics', () => {
    expect(newsDetail(fixtureNews())).toEqual({
      title: 'Neue Arbeitshilfe für faire Natursteine',
      date: { iso: '2036-02-20', text: '20. Februar 2036' },
      topics: 'Themen: Faire Beschaffung, Gütezeichen',
      summary: 'Eine erfundene Arbeitshilfe zeigt, wie Kommunen faire Natursteine ausschreiben können.',
    });
  });

  it('shows the contact under the heading "Ansprechpartner", none without one', () => {
    expect(newsDetail(fixtureNews(), { contact: fixtureContact }).contact?.heading).toBe('Ansprechpartner');
    expect(newsDetail(fixtureNews()).contact).toBeUndefined();
  });

  it('leaves an unfinished date and missing topics of a half-filled form empty', () => {
    const v = newsDetail({ title: 'Entwurf', date: '2036-0', topics: [], summary: '' });
    expect(v.date.text).toBe('');
    expect(v.topics).toBe('');
  });
});

describe('programmeDetail: what an offering page and its preview show', () => {
  const seminar = (relatedProgramme?: string) => ({ id: relatedProgramme ?? 'ohne', data: { relatedProgramme } });
  const upcoming = [seminar('beratung'), seminar('netzwerk'), seminar()];

  it('hands over key facts and the two texts', () => {
    const v = programmeDetail(fixtureProgramme());
    expect(v.facts).toEqual([
      { label: 'Kosten', value: 'kostenfrei' },
      { label: 'Dauer', value: 'ein halber Tag' },
    ]);
    expect(v.audience).toMatch(/^Vergabestellen/);
    expect(v.howToTakePart).toMatch(/^Schreiben Sie uns/);
    expect(v.seminars).toBeUndefined();
    expect(programmeDetail(fixtureProgramme(), { contact: fixtureContact }).contact?.heading).toBe('Kontakt zu diesem Angebot');
  });

  it('drops key-fact rows a half-filled form has not filled yet', () => {
    expect(programmeDetail({ ...fixtureProgramme(), keyFacts: [{}, { label: 'Kosten' }] }).facts).toEqual([{ label: 'Kosten', value: '' }]);
  });

  it('lists the offering’s own upcoming seminars, and every one on the seminar offering', () => {
    expect(programmeDetail(fixtureProgramme(), { id: 'beratung', upcoming }).seminars).toEqual({ heading: 'Kommende Termine', items: [upcoming[0]] });
    expect(programmeDetail(fixtureProgramme(), { id: 'seminare', upcoming }).seminars).toEqual({ heading: 'Alle kommenden Termine', items: upcoming });
    expect(programmeDetail(fixtureProgramme(), { id: 'kompass', upcoming }).seminars).toBeUndefined();
  });
});
