import * as fs from 'fs';
import * as path from 'path';
import { sharedDataDir } from '../libs/testing/src/shared-data';
import {
  GoldItem,
  loadGold,
  matchGold,
  normaliseForm,
  normaliseName,
  standaloneGoldEval,
  SystemClaim,
} from '../scripts/lib/standalone-gold';

const KINDS = ['fragment', 'question', 'opinion', 'frame-cut', 'greeting', 'other'];

function item(over: Partial<GoldItem>): GoldItem {
  return {
    id: 'x',
    article: 'a',
    start: 0,
    end: 10,
    text: 'he left it',
    standalone: ['Ann Lee left it.'],
    standaloneOk: false,
    checkable: true,
    uncheckableKind: null,
    speaker: ['Bo Chan'],
    annotated: { standalone: 'He left it.', checkworthy: true, speaker: 'Bo Chan' },
    ...over,
  };
}

function claim(over: Partial<SystemClaim>): SystemClaim {
  return {
    start: 0,
    end: 10,
    text: 'he left it',
    standalone: 'Ann Lee left it.',
    checkworthy: true,
    speaker: 'Bo Chan',
    ...over,
  };
}

describe('standalone gold: comparing forms and names', () => {
  it('reads curly, straight and doubled quotes, the first capital and the closing punctuation as the same form', () => {
    expect(normaliseForm('She called them “deplorables.”')).toBe(normaliseForm("she called them ''deplorables''"));
    expect(normaliseForm('It’s   done!')).toBe(normaliseForm("it's done"));
  });

  it('tells apart forms that differ in a word', () => {
    expect(normaliseForm('Neither do I.')).not.toBe(normaliseForm('Neither do Ann Lee.'));
  });

  it('compares speaker names without case or a leading "the"', () => {
    expect(normaliseName('The New York Times')).toBe(normaliseName('new york times'));
    expect(normaliseName('South Carolina')).not.toBe(normaliseName('Lindsey Graham'));
  });
});

describe('standalone gold: matching claims to gold items by span', () => {
  it('prefers the claim with the gold span over a claim around it', () => {
    expect(
      matchGold(
        [{ start: 20, end: 40 }],
        [
          { start: 0, end: 60 },
          { start: 20, end: 40 },
        ],
      ),
    ).toEqual([1]);
  });

  it('still matches a claim whose bounds moved, and not one that shares less than half', () => {
    expect(matchGold([{ start: 20, end: 40 }], [{ start: 15, end: 45 }])).toEqual([0]);
    expect(matchGold([{ start: 20, end: 40 }], [{ start: 35, end: 80 }])).toEqual([-1]);
  });

  it('gives each claim to one gold item only', () => {
    expect(
      matchGold(
        [
          { start: 0, end: 10 },
          { start: 2, end: 10 },
        ],
        [{ start: 0, end: 10 }],
      ),
    ).toEqual([0, -1]);
  });
});

describe('standalone gold: the measures', () => {
  it('counts an unmatched gold item as a miss and measures checkable precision among check-worthy claims', () => {
    const gold = [
      item({ id: 'g1' }),
      item({ id: 'g2', start: 20, end: 30, checkable: false, uncheckableKind: 'fragment' }),
      item({ id: 'g3', start: 100, end: 110 }),
    ];
    const { result, errors } = standaloneGoldEval(gold, () => [
      claim({}),
      claim({ start: 20, end: 30, standalone: 'He left it.', speaker: 'Bo' }),
    ]);
    expect(result).toMatchObject({
      matched: 2,
      unmatched: 1,
      standaloneAccuracy: 33.3,
      speakerNameAccuracy: 33.3,
      sentToResearch: { claims: 2, checkablePrecision: 50, notCheckableByKind: { fragment: 1 } },
    });
    expect(errors.some((e) => e.startsWith('MISS g3'))).toBe(true);
  });
});

describe('standalone gold: the set kept in the project', () => {
  const gold = loadGold();

  it('has at least 200 annotated claims with unique ids, forms, a speaker and a kind for each uncheckable one', () => {
    expect(gold.length).toBeGreaterThanOrEqual(200);
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
    for (const g of gold) {
      expect(g.standalone.length).toBeGreaterThan(0);
      expect(g.speaker.length).toBeGreaterThan(0);
      if (g.checkable) expect(g.uncheckableKind).toBeNull();
      else expect(KINDS).toContain(g.uncheckableKind);
      expect(g.standaloneOk).toBe(g.standalone.some((f) => normaliseForm(f) === normaliseForm(g.annotated.standalone)));
    }
  });

  const data = sharedDataDir();
  (data ? it : it.skip)('points at the claim text in the PolNeAR dev articles', () => {
    for (const g of gold) {
      const text = fs.readFileSync(path.join(data!, 'polnear', 'dev', 'text', `${g.article}.txt`), 'utf8');
      expect(text.slice(g.start, g.end)).toBe(g.text);
    }
  });
});
