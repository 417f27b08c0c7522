import { describe, expect, it } from 'vitest';
import { detokenize } from '../../eval/analysis/corpus.ts';
import { sameSpeaker } from '../../eval/analysis/quotes-eval.ts';
import { agreedLabels, readerAgreement } from '../../eval/analysis/relevance-readers.ts';

// The evaluation reads IndoSum's tokens back into text as an outlet prints it; a wrong reading would
// score kabar on text no reader sees.
describe('reading IndoSum text for the evaluation', () => {
  it('joins words IndoSum split at a hyphen, and keeps a dash between capitalised words', () => {
    expect(detokenize(['"', 'Orang', '-', 'orang', 'perlu', 'waktu', ',', '"', 'kata', 'Abdul', 'Ghani', 'al', '-', 'Assadi', '.'])).toBe(
      '"Orang-orang perlu waktu," kata Abdul Ghani al-Assadi.',
    );
    expect(detokenize(['Jakarta', '-', 'Presiden', 'AS', '-', 'China', 'bertemu'])).toBe('Jakarta - Presiden AS - China bertemu');
    expect(detokenize(['kata', 'Co', '-', 'Founder', 'aCommerce', 'Paul', 'Srivorakul'])).toBe('kata Co-Founder aCommerce Paul Srivorakul');
  });

  it('counts a name written with or without the hyphen as the same speaker', () => {
    expect(sameSpeaker('Fatima al - Issa', 'Fatima al-Issa')).toBe(true);
    expect(sameSpeaker('Wang Yi', 'Wang Wenbin')).toBe(false);
  });
});

// Relevance is scored against the majority of the readers who read a text, and the readers against each other.
describe('several readers of one relevance set', () => {
  const label = (id: string, principal: string[], triangle = false) => ({ source: 'test', id, principal, triangle });
  // Two ids of one story (a second day's crawl) share a text; the second and third readers read one copy.
  const keyOf = (l: { id: string }) => l.id.replace(/-copy$/, '');
  const first = [label('a', ['china', 'us'], true), label('a-copy', ['china', 'us'], true), label('b', ['us']), label('c', ['russia']), label('d', [])];
  const second = [label('a', ['us']), label('b', ['us']), label('c', []), label('d', ['us'])];
  const third = [label('a', ['us']), label('c', ['russia']), label('d', [])];

  it('sets each class by the majority, drops a triangle left with one country, and gives copies the same reading', () => {
    const agreed = agreedLabels({ first, second, third }, keyOf);
    expect(agreed.map((l) => [l.id, l.principal, l.triangle])).toEqual([
      ['a', ['us'], false],
      ['a-copy', ['us'], false],
      ['b', ['us'], false],
      ['c', ['russia'], false],
      ['d', [], false],
    ]);
  });

  it('scores one reader against another on the texts both read', () => {
    const { texts, differ, classes } = readerAgreement(second, first, keyOf);
    expect([texts, differ]).toEqual([4, 3]);
    expect(classes.us).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(classes.china).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(classes.triangle.recall).toBe(0);
  });
});
