import { articleVoice } from './article-voice';

describe('articleVoice', () => {
  it('is the publisher, else the first author by name, as the extraction reads the byline', () => {
    expect(articleVoice({ publisher: ' The Ledger ', authors: ['By JANE DOE'] })).toEqual({
      name: 'The Ledger',
      type: 'media',
    });
    expect(articleVoice({ publisher: null, authors: ['  ', 'By JANE DOE and JOHN ROE'] })).toEqual({
      name: 'Jane Doe',
      type: 'person',
    });
    expect(articleVoice({ publisher: '', authors: [] })).toBeNull();
  });
});
