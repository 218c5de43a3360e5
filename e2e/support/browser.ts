import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download cannot reach its host here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether the browser tests can run on this machine (they skip with a message when not). */
export const hasChromium = existsSync(CHROMIUM_PATH);

/** Launches headless Chromium with nothing that reaches the internet, or null when it is not installed. */
export async function launchBrowser(): Promise<Browser | null> {
  if (!hasChromium) return null;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // WebGL (the scent map) on SwiftShader, Chromium's software renderer: headless here has no GPU.
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
