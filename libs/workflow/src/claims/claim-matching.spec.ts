import { matchStatus } from './claim-matching';

describe('match status', () => {
  it('links a similar or contained claim, suggests a less similar one', () => {
    expect(matchStatus(0.9, false, 'crime fall 20 percent', 'crime fall 20 percent')).toBe('linked');
    expect(matchStatus(0.5, true, 'crime fall 20 percent', '2019 crime fall 20 percent')).toBe('linked');
    expect(matchStatus(0.6, false, 'crime fall 20 percent', 'crime drop 20 percent')).toBe('suggested');
  });

  it('does not match claims whose numbers differ or whose polarity is reversed, however alike', () => {
    expect(matchStatus(0.95, false, '2019 crime fall 20 percent', '2019 crime fall 25 percent')).toBeNull();
    expect(matchStatus(0.9, true, 'budget governor sign', 'budget governor not sign')).toBeNull();
    expect(matchStatus(0.9, false, 'farmer ohio tariff', 'farmer iowa tariff')).toBeNull();
    expect(matchStatus(0.9, false, 'legal tax', 'illegal tax')).toBeNull();
    expect(matchStatus(0.9, false, 'crime rise year', 'crime fall year')).toBeNull();
    expect(matchStatus(0.9, false, 'farmer tariff', 'farmer iowa tariff')).toBe('linked');
  });
});
