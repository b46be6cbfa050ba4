import { describe, expect, it } from 'vitest';
import { getSafeUrl } from './external-url';

describe('links to stored URLs', () => {
  it('keeps http(s) links', () => {
    expect(getSafeUrl('https://app.hubspot.com/x')).toBe('https://app.hubspot.com/x');
    expect(getSafeUrl('http://calls.example.com/1')).toBe('http://calls.example.com/1');
  });

  it('drops script, data and file links and anything that is not a URL', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'not a url',
      '',
      null,
      undefined,
    ])
      expect(getSafeUrl(url)).toBeNull();
  });
});
