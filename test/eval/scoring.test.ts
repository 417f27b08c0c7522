import { describe, expect, it } from 'vitest';
import { detokenize } from '../../eval/analysis/corpus.ts';
import { sameSpeaker } from '../../eval/analysis/quotes-eval.ts';

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
