import { extractQuotes, scoreCheckworthiness } from './index';
import { Scorer } from './claims/claims-of';
import { asVoiceStatement, MAX_STATEMENTS, VOICE_THRESHOLD } from './voice-statements';

/** Sure of any sentence with a figure in it, unsure of the rest: what the tests decide is the structure. */
const figures: Scorer = (text) =>
  /\d/.test(text) ? { checkworthiness: 0.95, checkworthy: true } : { checkworthiness: 0.1, checkworthy: false };

const VOICE = { name: 'The Riverton Ledger', type: 'media' as const };

const ARTICLE = [
  'Council Approves Budget After Long Night',
  'RIVERTON, Ore. — The city council approved a $48 million budget on Tuesday, the largest in the city’s history.',
  '“We cut the deficit by 12 percent,” Mayor Ann Lee said after the vote.',
  'Property taxes rose 4 percent in 2024, according to the county assessor.',
  'Will the budget hold up next year?',
  'Photo: Council members vote on the 2025 budget in Riverton.',
  'Unemployment in Riverton fell to 3.1 percent in March from 4.4 percent a year earlier.',
  'The meeting ran late into the night.',
].join('\n');

describe('the article’s own voice', () => {
  const all = extractQuotes(ARTICLE, { score: figures, claimsFrom: 'all', voice: VOICE });

  it('makes a statement of each check-worthy assertion no quote or attribution touches, spoken by the voice', () => {
    expect(all.statements!.map((statement) => statement.text)).toEqual([
      'The city council approved a $48 million budget on Tuesday, the largest in the city’s history.',
      'Unemployment in Riverton fell to 3.1 percent in March from 4.4 percent a year earlier.',
    ]);
    for (const statement of all.statements!) {
      expect(statement.kind).toBe('statement');
      expect(statement.speaker).toEqual({ ...VOICE, mention: null });
      expect(statement.cue).toBeNull();
      expect(ARTICLE.slice(statement.start, statement.end)).toBe(statement.text);
      // the sentence is the claim, with the score it was chosen for
      expect(statement.claims).toEqual([
        expect.objectContaining({
          text: statement.text,
          start: statement.start,
          end: statement.end,
          checkworthy: true,
        }),
      ]);
    }
  });

  it('leaves quotes, reported speech, questions, datelines, headlines and captions to what they are', () => {
    const texts = all.statements!.map((statement) => statement.text).join('\n');
    expect(texts).not.toMatch(/deficit|assessor|next year|Photo|RIVERTON|Council Approves/);
    // the quotes are found as without the option
    expect(all.quotes).toEqual(extractQuotes(ARTICLE, { score: figures }).quotes);
  });

  it('makes none by default, and adds nothing to the result', () => {
    const quotesOnly = extractQuotes(ARTICLE, { score: figures });
    expect(quotesOnly).toEqual({ quotes: all.quotes });
    expect(extractQuotes(ARTICLE, { score: figures, claimsFrom: 'quotes' })).toEqual(quotesOnly);
  });

  it('has no speaker when none is given for the voice', () => {
    const unvoiced = extractQuotes(ARTICLE, { score: figures, claimsFrom: 'all' });
    expect(unvoiced.statements!.length).toBe(2);
    expect(unvoiced.statements!.every((statement) => statement.speaker === null)).toBe(true);
  });

  it('needs more than the model’s threshold for claims: narration is handed over only when the model is sure', () => {
    const justWorthy: Scorer = () => ({ checkworthiness: VOICE_THRESHOLD - 0.01, checkworthy: true });
    expect(extractQuotes(ARTICLE, { score: justWorthy, claimsFrom: 'all' }).statements).toEqual([]);
    const sureButNo: Scorer = () => ({ checkworthiness: 0.9, checkworthy: false });
    expect(extractQuotes(ARTICLE, { score: sureButNo, claimsFrom: 'all' }).statements).toEqual([]);
  });

  it('keeps the voice’s bar when a statement is scored again by another model', () => {
    expect(asVoiceStatement({ checkworthiness: 0.6, checkworthy: true })).toEqual({
      checkworthiness: 0.6,
      checkworthy: false,
    });
    expect(asVoiceStatement({ checkworthiness: 0.8, checkworthy: true })).toEqual({
      checkworthiness: 0.8,
      checkworthy: true,
    });
    expect(asVoiceStatement({ checkworthiness: 0.8, checkworthy: false }).checkworthy).toBe(false);
  });

  it('makes no statement of an opinion however it scores: only checkable assertions go to the desk', () => {
    const text = 'The council should resign after 4 years of failure.';
    expect(extractQuotes(text, { score: figures, claimsFrom: 'all' }).statements).toEqual([]);
  });

  it('takes no address to the reader, hypothesis, byline or credit line for an assertion', () => {
    const text = [
      'Don’t forget that 30 percent of the tickets sold out in 2 hours.',
      'If the levy passes, taxes would rise 3 percent in 2026.',
      'By Jane Doe and 2 other reporters of the Ledger staff.',
      'Jane Doe is a correspondent for the Ledger covering 3 counties.',
      'Additional reporting by the 4 members of the Ledger data desk.',
      'The levy raised $3 million for 14 schools last year.',
    ].join('\n');
    expect(extractQuotes(text, { score: figures, claimsFrom: 'all' }).statements!.map((s) => s.text)).toEqual([
      'The levy raised $3 million for 14 schools last year.',
    ]);
  });

  it('names a leading “he” or “she” in the standalone form when the one person of that gender is certain', () => {
    const text =
      'Governor Maria Alvarez signed the water bill on Monday.\nShe signed 14 bills in 2024, more than any governor before her.';
    const [statement] = extractQuotes(text, { score: figures, claimsFrom: 'all' }).statements!;
    expect(statement.text).toBe('She signed 14 bills in 2024, more than any governor before her.');
    expect(statement.claims[0].standalone).toBe(
      'Maria Alvarez signed 14 bills in 2024, more than any governor before her.',
    );
  });

  it('keeps at most MAX_STATEMENTS, the surest', () => {
    const sentences = Array.from(
      { length: MAX_STATEMENTS + 5 },
      (_, i) => `The district opened ${i + 1} new schools in the year ${1990 + i}.`,
    );
    const rising: Scorer = (sentence) => {
      const year = Number(/(\d{4})/.exec(sentence)?.[1] ?? 0);
      return { checkworthiness: 0.7 + (year - 1990) / 200, checkworthy: true };
    };
    const { statements } = extractQuotes(sentences.join('\n'), { score: rising, claimsFrom: 'all' });
    expect(statements!.length).toBe(MAX_STATEMENTS);
    expect(statements![0].text).toBe(sentences[5]);
    expect(statements!.map((statement) => statement.start)).toEqual(
      [...statements!.map((statement) => statement.start)].sort((a, b) => a - b),
    );
  });

  it('turns the model’s check-worthy narration into statements and leaves scene-setting alone', () => {
    const text = [
      'The state’s unemployment rate fell to 3.2 percent in June, the lowest level since 1976.',
      'The afternoon was warm and the crowd was in a good mood.',
    ].join('\n');
    const { statements } = extractQuotes(text, { score: scoreCheckworthiness, claimsFrom: 'all', voice: VOICE });
    expect(statements!.map((statement) => statement.text)).toEqual([
      'The state’s unemployment rate fell to 3.2 percent in June, the lowest level since 1976.',
    ]);
  });
});

describe('sentence scores', () => {
  const { sentences } = extractQuotes(ARTICLE, { score: figures, sentences: true });

  it('scores every sentence of the article, with its span', () => {
    expect(sentences!.length).toBeGreaterThanOrEqual(8);
    for (const sentence of sentences!) {
      expect(ARTICLE.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(sentence.checkworthiness).toBeLessThanOrEqual(1);
    }
    const starts = sentences!.map((sentence) => sentence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('tells the article’s voice from reported words, and assertions from the rest', () => {
    const of = (words: string) => sentences!.find((sentence) => sentence.text.includes(words))!;
    expect(of('approved a $48 million')).toMatchObject({ voice: 'article', assertion: true, checkworthy: true });
    expect(of('deficit')).toMatchObject({ voice: 'reported', assertion: false });
    expect(of('county assessor')).toMatchObject({ voice: 'reported', assertion: false });
    expect(of('hold up next year')).toMatchObject({ voice: 'article', assertion: false });
    expect(of('Council Approves')).toMatchObject({ assertion: false });
    expect(of('Photo:')).toMatchObject({ assertion: false });
    expect(of('ran late')).toMatchObject({ voice: 'article', assertion: true, checkworthy: false });
  });

  it('is deterministic', () => {
    expect(extractQuotes(ARTICLE, { score: figures, sentences: true }).sentences).toEqual(sentences);
  });
});
