import { describe, expect, it } from 'vitest';
import { dockerHumanDuration, humanDuration } from './duration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration (modern AGE)', () => {
  it.each([
    ['two seconds in the future is invalid', -2 * s, '<invalid>'],
    ['up to a second in the future is now', -1.5 * s, '0s'],
    ['exactly now', 0, '0s'],
    ['45 seconds', 45 * s, '45s'],
    ['seconds up to two minutes', 119 * s, '119s'],
    ['two minutes', 120 * s, '2m'],
    ['minutes and seconds under ten minutes', 150 * s, '2m30s'],
    ['just under ten minutes', 599 * s, '9m59s'],
    ['ten minutes', 10 * m, '10m'],
    ['twelve minutes drops the seconds', 12 * m + 30 * s, '12m'],
    ['minutes up to three hours', 179 * m + 59 * s, '179m'],
    ['three hours', 3 * h, '3h'],
    ['hours and minutes under eight hours', 3 * h + 30 * m, '3h30m'],
    ['five hours', 5 * h, '5h'],
    ['just under eight hours', 7 * h + 59 * m, '7h59m'],
    ['eight hours drops the minutes', 8 * h + 30 * m, '8h'],
    ['hours up to two days', 47 * h + 59 * m, '47h'],
    ['two days', 48 * h, '2d'],
    ['days and hours under eight days', 2 * d + 5 * h, '2d5h'],
    ['just under eight days', 7 * d + 23 * h, '7d23h'],
    ['eight days drops the hours', 8 * d + 5 * h, '8d'],
    ['days up to two years', 729 * d, '729d'],
    ['two years', 730 * d, '2y'],
    ['years and days under eight years', 730 * d + 10 * d, '2y10d'],
    ['just under eight years', 8 * 365 * d - d, '7y364d'],
    ['eight years drops the days', 8 * 365 * d + 100 * d, '8y'],
  ])('%s', (_, ms, expected) => {
    expect(humanDuration(ms)).toBe(expected);
  });
});

describe('dockerHumanDuration (2015 CREATED)', () => {
  it.each([
    [500, 'Less than a second'],
    [1 * s, '1 seconds'],
    [48 * s, '48 seconds'],
    [59 * s, '59 seconds'],
    [60 * s, 'About a minute'],
    [119 * s, 'About a minute'],
    [120 * s, '2 minutes'],
    [59 * m, '59 minutes'],
    [60 * m, 'About an hour'],
    [119 * m, 'About an hour'],
    [2 * h, '2 hours'],
    [47 * h, '47 hours'],
    [48 * h, '2 days'],
    [13 * d, '13 days'],
    [14 * d, '2 weeks'],
    [89 * d, '12 weeks'],
    [90 * d, '3 months'],
    [729 * d, '24 months'],
    [730 * d, '2.000000 years'],
  ])('%i ms is "%s"', (ms, expected) => {
    expect(dockerHumanDuration(ms)).toBe(expected);
  });
});
