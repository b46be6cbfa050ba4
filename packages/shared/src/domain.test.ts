import { describe, expect, it } from 'vitest';
import { companyDomainFromEmail, normalizeDomain } from './domain';

describe('normalizeDomain', () => {
  it.each([
    ['Hooli.com', 'hooli.com'],
    ['https://www.hooli.com/about?x=1', 'hooli.com'],
    ['http://WWW.Hooli.COM:8080/', 'hooli.com'],
    ['hooli.com:443', 'hooli.com'],
    ['  raviga.vc  ', 'raviga.vc'],
    ['app.endframe.io/path', 'app.endframe.io'],
    ['ceo@Hooli.com', 'hooli.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://münchen.example', 'xn--mnchen-3ya.example'],
    ['hooli.com.', 'hooli.com'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each([[''], ['   '], [null], [undefined], ['localhost'], ['not a domain'], ['http://10.0.0.1'], ['://']])(
    'rejects %s',
    (input) => {
      expect(normalizeDomain(input)).toBeNull();
    },
  );
});

describe('companyDomainFromEmail', () => {
  it('takes the company domain of a work address', () => {
    expect(companyDomainFromEmail('Gavin@Hooli.com')).toBe('hooli.com');
  });
  it('ignores free-mail domains', () => {
    expect(companyDomainFromEmail('richard.hendricks@gmail.com')).toBeNull();
  });
  it('ignores values that are not addresses', () => {
    expect(companyDomainFromEmail('hooli.com')).toBeNull();
  });
});
