import type { Config } from './config.schema';

/** Where the portal lives, for absolute links: PUBLIC_URL (without a trailing slash), else the fallback given. */
export function publicOrigin(config: Pick<Config, 'PUBLIC_URL'>, fallback: () => string): string {
  return config.PUBLIC_URL?.replace(/\/+$/, '') ?? fallback();
}
