import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '@app/testing/shared-data';
import { extractQuotes } from './index';
import { ExtractionLimitError, LimitKind } from './limits';

/** The refusal an extraction ends with, or null when it gives a result. */
function refusal(text: string, limits = {}): ExtractionLimitError | null {
  try {
    extractQuotes(text, { limits });
    return null;
  } catch (error) {
    if (error instanceof ExtractionLimitError) return error;
    throw error;
  }
}

describe('the extraction bounds', () => {
  it('refuses 200,000 straight quote marks before a speaker, naming how many quotations there were', () => {
    const error = refusal(`${'"'.repeat(200_000)} said Smith.`);
    expect(error?.kind).toBe(LimitKind.Quotes);
    expect(error?.message).toBe('the text has 100,000 quotations; at most 10,000 are read in one article');
  });

  it('refuses 100,000 quoted pairs', () => {
    expect(refusal('“a” '.repeat(100_000))?.kind).toBe(LimitKind.Quotes);
  });

  it('refuses a sentence with more quote marks than it reads in one sentence', () => {
    const sentence = `The mayor said ${'“no” '.repeat(150)}to every question.`;
    const error = refusal(`${sentence}\n\n“Crime fell 20 percent,” the chief said.`);
    expect(error?.kind).toBe(LimitKind.QuoteMarks);
    expect(error?.message).toMatch(/^a sentence has 300 quote marks; at most 200/);
  });

  it('refuses a text so dense with reporting and raising verbs that its sentences would be scanned over and over', () => {
    const error = refusal(' seemed It'.repeat(3_000));
    expect(error?.kind).toBe(LimitKind.ScanWork);
    expect(error?.message).toMatch(/3001 scans per word; at most 50/);
  });

  it('refuses reported speech nested in itself many times over', () => {
    const speakers = [
      'Smith',
      'Jones',
      'Brown',
      'Green',
      'White',
      'Black',
      'Gray',
      'Stone',
      'Wood',
      'Hill',
      'Lake',
      'Ford',
    ];
    const sentence = `${speakers.map((name) => `${name} said`).join(' ')} prices rose sharply last year. `;
    const error = refusal(sentence.repeat(2_000));
    expect(error?.kind).toBe(LimitKind.ReportedCoverage);
    expect(error?.message).toMatch(/covers the text 6\.5 times over; at most 3 times/);
  });

  it('stops at its time budget', () => {
    const text = '“Crime fell 20 percent last year,” Mayor Brandon Johnson said on Tuesday. '.repeat(8_000);
    const error = refusal(text, { timeBudgetMs: 1 });
    expect(error?.kind).toBe(LimitKind.Time);
    expect(error?.message).toBe('the work took longer than its budget of 1 ms');
  });

  it('reads 2 MB of news text whole, quoted as densely as the densest PolNeAR article', () => {
    const paragraph =
      '“Crime fell 20 percent last year,” Mayor Brandon Johnson said. The council said the budget would grow by 3 ' +
      'percent, and the police department would hire 200 officers. Critics of the plan argued that the city could not ' +
      'afford it. The mayor, who took office in May, has promised to publish the figures every month.\n\n';
    const text = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length));
    // The bounds on counts and density, that is: the time it takes is the fuzz suite's and the benchmark's to judge.
    expect(refusal(text, { timeBudgetMs: 10 * 60_000 })).toBeNull();
  });

  const data = sharedDataDir();
  (data ? it : it.skip)('refuses none of the PolNeAR articles', () => {
    for (const split of ['train', 'dev']) {
      const dir = join(data!, 'polnear', split, 'text');
      for (const file of readdirSync(dir))
        expect([file, refusal(readFileSync(join(dir, file), 'utf8'))]).toEqual([file, null]);
    }
  });
});
