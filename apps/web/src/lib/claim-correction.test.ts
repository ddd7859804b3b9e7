import { describe, expect, it } from 'vitest';
import type { ClaimDetail, Quote } from '../api/types';
import { articleSpeakers, claimCorrection, correctionForm, nearestSpan } from './claim-correction';

const claim = {
  text: 'Crime fell 20 percent',
  standalone: 'Crime in Chicago fell 20 percent last year.',
  speaker: { id: 'jane', name: 'Jane Doe', type: 'person', title: 'Mayor' },
} as ClaimDetail;

describe('claimCorrection', () => {
  it('sends nothing for an untouched form', () => {
    expect(claimCorrection(claim, correctionForm(claim))).toEqual({ body: {} });
  });

  it('sends only what changed, trimmed', () => {
    const form = { ...correctionForm(claim), standalone: '  Crime in Chicago fell.  ', speaker: 'sam' };
    expect(claimCorrection(claim, form)).toEqual({
      body: { standalone: 'Crime in Chicago fell.', speaker: { speakerId: 'sam' } },
    });
  });

  it('does not send the speaker the claim already has', () => {
    expect(claimCorrection(claim, { ...correctionForm(claim), speaker: 'jane' })).toEqual({ body: {} });
  });

  it('sends a typed speaker with its type, and a title only when given', () => {
    const form = { ...correctionForm(claim), speaker: 'other', name: ' Sam Poe ', type: 'organization', title: ' ' };
    expect(claimCorrection(claim, form)).toEqual({ body: { speaker: { name: 'Sam Poe', type: 'organization' } } });
  });

  it('refuses empty words, an empty standalone form and a typed speaker without a name', () => {
    expect(claimCorrection(claim, { ...correctionForm(claim), text: ' ' })).toMatchObject({ field: 'text' });
    expect(claimCorrection(claim, { ...correctionForm(claim), standalone: '' })).toMatchObject({ field: 'standalone' });
    expect(claimCorrection(claim, { ...correctionForm(claim), speaker: 'other' })).toMatchObject({ field: 'name' });
  });
});

describe('articleSpeakers', () => {
  it('lists each identified speaker once, in the order of the quotes', () => {
    const quote = (id: string | null, name: string) =>
      ({ speaker: id === null && !name ? null : { id, name, type: 'person', title: null } }) as Quote;
    expect(
      articleSpeakers([
        quote('jane', 'Jane Doe'),
        quote(null, 'Someone'),
        quote('sam', 'Sam Poe'),
        quote('jane', 'Jane'),
      ]),
    ).toEqual([
      { id: 'jane', name: 'Jane Doe', type: 'person', title: null },
      { id: 'sam', name: 'Sam Poe', type: 'person', title: null },
    ]);
  });
});

describe('nearestSpan', () => {
  const body = 'Doe spoke. “Crime fell,” said Doe. Later Doe left.';

  it('finds the occurrence nearest the quote', () => {
    expect(nearestSpan(body, 'Doe', 25)).toEqual({ start: 30, end: 33 });
    expect(nearestSpan(body, ' Doe ', 0)).toEqual({ start: 0, end: 3 });
  });

  it('is null for words the article does not have, or none', () => {
    expect(nearestSpan(body, 'Poe', 0)).toBeNull();
    expect(nearestSpan(body, '  ', 0)).toBeNull();
  });
});
