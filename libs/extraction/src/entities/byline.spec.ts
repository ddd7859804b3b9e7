import fc from 'fast-check';
import { bylineName, bylinePerson } from './byline';

describe('a byline as its first author’s name', () => {
  it.each([
    ['By JAMES B. STEWART', 'James B. Stewart'],
    ['By JANE DOE and JOHN ROE', 'Jane Doe'],
    ['By JANE DOE, ASSOCIATED PRESS', 'Jane Doe'],
    ['Jane Doe | Staff writer', 'Jane Doe'],
    ['J.D. VANCE', 'J.D. Vance'],
    ['JOHN ROE III', 'John Roe III'],
    ["MARY O'NEILL", "Mary O'Neill"],
    ['JEAN-PAUL SMITH', 'Jean-Paul Smith'],
    ['by Mary McCAIN', 'Mary McCAIN'],
    ['Chris Tomlinson', 'Chris Tomlinson'],
  ])('reads %j as %j', (byline, name) => {
    expect(bylineName(byline)).toBe(name);
  });

  it('is nobody for an empty byline', () => {
    expect(bylineName(undefined)).toBeUndefined();
    expect(bylineName('   ')).toBeUndefined();
    expect(bylineName('By , ')).toBeUndefined();
  });

  it('gives, for any text, nothing or a trimmed name no longer than the byline', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (byline) => {
        const name = bylineName(byline);
        if (name === undefined) return;
        expect(name).toBe(name.trim());
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(byline.length);
      }),
    );
  });
});

describe('the person a byline names', () => {
  it.each([
    'Breitbart News',
    'AP',
    'UPI',
    'By AFP',
    'The Associated Press',
    'Reuters',
    'Staff Reports',
    'Editorial Board',
    'By Guardian staff and agencies',
    'By CNN and local affiliates',
  ])('is nobody for an outlet, an agency or a desk: %j', (byline) => {
    expect(bylinePerson(byline)).toBeUndefined();
  });

  it.each([
    ['Nick Gass', 'Nick Gass'],
    ['Heidi M. Przybyla, USA TODAY', 'Heidi M. Przybyla'],
    ['By JANE DOE, ASSOCIATED PRESS', 'Jane Doe'],
    // a person whose surname is an outlet's or a desk's word
    ['Emily Post', 'Emily Post'],
    ['Lisa Desk', 'Lisa Desk'],
    ['By TERRY BOARD', 'Terry Board'],
    // the first author who is a person, without the role written beside the name
    ['AP and Jane Doe', 'Jane Doe'],
    ['By Jane Doe Staff Writer', 'Jane Doe'],
    ['Staff Writer Jane Doe', 'Jane Doe'],
    ['Jane Doe Special to The Washington Post', 'Jane Doe'],
    ['By Bloomberg, with assistance from Jane Doe', 'Jane Doe'],
  ])('is the first author otherwise: %j', (byline, name) => {
    expect(bylinePerson(byline)).toBe(name);
  });
});
