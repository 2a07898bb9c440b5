import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./.data');
    expect(config.COMMUNITY_TIMEZONE).toBe('Europe/Madrid');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.UPLOADS_DIR).toBe('.data/uploads');
  });

  it('keeps photos under DATA_DIR unless UPLOADS_DIR says otherwise', () => {
    expect(loadConfig({ DATA_DIR: '/srv/tertulia' }).UPLOADS_DIR).toBe('/srv/tertulia/uploads');
    expect(loadConfig({ DATA_DIR: '/srv/tertulia', UPLOADS_DIR: '/mnt/photos' }).UPLOADS_DIR).toBe('/mnt/photos');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ COMMUNITY_TIMEZONE: 'Mars/Olympus' })).toThrow(/COMMUNITY_TIMEZONE/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('reads boolean flags', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
  });
});
