import { missingExtensions, missingExtensionsMessage } from './required-extensions';

describe('required extensions', () => {
  it('names exactly the missing ones', () => {
    expect(missingExtensions(['unaccent', 'pg_trgm'], ['pg_trgm', 'plpgsql'])).toEqual(['unaccent']);
    expect(missingExtensions(['unaccent', 'pg_trgm'], ['unaccent', 'pg_trgm'])).toEqual([]);
  });

  it('say what to install', () => {
    const message = missingExtensionsMessage(['unaccent', 'pg_trgm']);
    expect(message).toContain('extensions unaccent and pg_trgm');
    expect(message).toContain('postgresql-contrib');
  });
});
