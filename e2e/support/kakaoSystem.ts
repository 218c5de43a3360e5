import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type KakaoServer, startKakaoServer } from '../../apps/backend/test/support/kakaoServer';
import { launchBrowser } from './browser';
import { UI_TIMEOUT_MS } from './pageSession';
import { type RunningSystem, startSystem } from './system';

/** The Kakao app the stand-in Kakao server and the system agree on. */
const KAKAO_APP = { clientId: 'e2e-kakao-rest-key', clientSecret: 'e2e-kakao-client-secret' };

export interface SystemWithKakao {
  system: RunningSystem;
  kakao: KakaoServer;
  stop(): Promise<void>;
}

/** The whole system (with `env` on top), its Kakao sign-in pointed at a stand-in Kakao server. */
export async function startSystemWithKakao(env: Record<string, string>): Promise<SystemWithKakao> {
  const kakao = await startKakaoServer(KAKAO_APP);
  try {
    const system = await startSystem({
      ...env,
      KAKAO_CLIENT_ID: KAKAO_APP.clientId,
      KAKAO_CLIENT_SECRET: KAKAO_APP.clientSecret,
      KAKAO_AUTH_URL: kakao.authorizeUrl,
      KAKAO_TOKEN_URL: kakao.tokenUrl,
      KAKAO_USERINFO_URL: kakao.userInfoUrl,
    });
    return {
      system,
      kakao,
      async stop() {
        await system.stop();
        await kakao.close();
      },
    };
  } catch (error) {
    await kakao.close();
    throw error;
  }
}

export interface KakaoBrowserSession {
  readonly system: RunningSystem;
  readonly kakao: KakaoServer;
  /**
   * A browser context of its own (cookies, session), as a different person would have: desktop
   * size, the system's address as its base; closed when the file is done.
   */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** For a describe block: the system with the stand-in Kakao, and one browser, for the whole file. */
export function useSystemWithKakao(env: Record<string, string>): KakaoBrowserSession {
  let running: SystemWithKakao | undefined;
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    running = await startSystemWithKakao(env);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await running?.stop();
  });

  const started = () => {
    if (!browser || !running) throw new Error('the system or the browser did not start');
    return { browser, ...running };
  };
  return {
    get system() {
      return started().system;
    },
    get kakao() {
      return started().kakao;
    },
    async newContext(options = {}) {
      const { browser, system } = started();
      const context = await browser.newContext({
        baseURL: system.webUrl,
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      context.setDefaultTimeout(UI_TIMEOUT_MS);
      contexts.push(context);
      return context;
    },
  };
}
