import { describe, expect, it } from 'vitest';
import { basePath, siteUrl } from '../../integrations/site-env.mjs';

describe('SITE_URL and BASE_PATH', () => {
  it('stops the build on a SITE_URL without a scheme, naming the variable and an example', () => {
    expect(() => siteUrl('example.org')).toThrow(
      'SITE_URL="example.org" is not an http(s) URL with a host: write it with its scheme, e.g. SITE_URL=https://example.org',
    );
    expect(() => siteUrl('localhost:4321')).toThrow('SITE_URL="localhost:4321"');
  });

  it('accepts an origin and defaults to the preview server', () => {
    expect(siteUrl('https://example.org')).toBe('https://example.org');
    expect(siteUrl(undefined)).toBe('http://localhost:4321');
  });

  it('stops the build on a BASE_PATH that is not a path', () => {
    expect(() => basePath('mine-ban/')).toThrow(
      'BASE_PATH="mine-ban/" is not a URL path: start it with a slash, e.g. BASE_PATH=/mine-ban/',
    );
    expect(basePath('/mine-ban/')).toBe('/mine-ban/');
    expect(basePath(undefined)).toBe('/');
  });
});
