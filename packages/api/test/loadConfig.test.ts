import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../src/config/loadConfig';
import { databaseUrlsOf, serviceVariables } from '../src/config/sharedVariables';

const schema = z.object(serviceVariables);

describe('loadConfig', () => {
  it('names every malformed variable', () => {
    try {
      loadConfig(schema, { DATABASE_URL: 'mysql://x', DATABASE_POOL_SIZE: 'many' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toMatch(/DATABASE_URL[\s\S]*DATABASE_POOL_SIZE/);
    }
  });

  it('treats empty variables as unset and applies defaults', () => {
    const config = loadConfig(schema, { DATABASE_URL: '', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('.data');
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('lets each logical database fall back to DATABASE_URL', () => {
    const config = loadConfig(schema, {
      DATABASE_URL: 'postgres://db/all',
      MEMBER_DATABASE_URL: 'postgres://db/member_db',
    });
    expect(databaseUrlsOf(config)).toEqual({
      perfume: 'postgres://db/all',
      recom: 'postgres://db/all',
      member: 'postgres://db/member_db',
    });
  });
});
