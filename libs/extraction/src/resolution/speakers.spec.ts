import { extractQuotes, ExtractionResult } from '../index';

const score = () => ({ checkworthiness: 0.5, checkworthy: true });
const run = (text: string): ExtractionResult => extractQuotes(text, { score });
const speakerOf = (r: ExtractionResult, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('speakers named by a role and a place', () => {
  it('never takes the place before a role noun for a person', () => {
    const r = run('The North Dakota senator told the crowd that the pipeline would be finished by spring.');
    const speaker = speakerOf(r, 'pipeline would be finished');
    expect(speaker?.name).not.toBe('North Dakota');
    expect(speaker?.mention.text).toBe('The North Dakota senator');
  });

  it('resolves the role and place to the person the article names with them', () => {
    const r = run(
      'Iowa Gov. Maria Lindqvist signed the farm bill on Thursday. ' +
        '“This is a good day for growers,” the Iowa governor said at the signing.',
    );
    expect(speakerOf(r, 'good day for growers')).toMatchObject({ name: 'Maria Lindqvist', type: 'person' });
  });

  it('does not give the role to another holder of the same title from another place', () => {
    const r = run(
      'Gov. Peter Haldane of Maine spoke first. ' + '“We will not wait,” the Vermont governor said after the meeting.',
    );
    expect(speakerOf(r, 'We will not wait')?.name).not.toBe('Peter Haldane');
  });
});

describe('a plural title before names', () => {
  it('keeps the title out of each name', () => {
    const r = run('Senators Alma Whitcombe and Dev Raman wrote the bill. “It will pass,” Whitcombe said on Friday.');
    expect(speakerOf(r, 'It will pass')).toMatchObject({ name: 'Alma Whitcombe', title: 'Senator' });
  });

  it('gives the person the singular title', () => {
    const r = run('Representatives Alma Whitcombe said the tariff would cost farmers billions.');
    expect(speakerOf(r, 'tariff would cost')).toMatchObject({ name: 'Alma Whitcombe', title: 'Representative' });
  });
});
