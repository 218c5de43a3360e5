import { catalogMessage } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { usePageSession } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/layeringLimits.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const READS_PER_MINUTE = 2;

describe.skipIf(!hasChromium)("the layering page at a guest's limit", () => {
  const session = usePageSession({ LAYERING_READS_PER_MINUTE: String(READS_PER_MINUTE) });

  it('tells the guest to wait, in the Korean text with the seconds, while another caller is not held up', async () => {
    const { page } = session;
    const suggest = await fetch(`${session.system.backendUrl}/api/search/suggest?q=le%20labo&limit=10`);
    const { perfumes } = (await suggest.json()) as { perfumes: { id: number; name: string }[] };
    const [a, b] = ['Santal 33', 'Bergamote 22'].map((name) => perfumes.find((perfume) => perfume.name === name)?.id);
    expect(a && b).toBeTruthy();

    for (let visit = 1; visit <= READS_PER_MINUTE; visit += 1) {
      await page.goto(`/layering?a=${a}&b=${b}`);
      await page.getByTestId('pair-card').waitFor();
    }
    // One analysis more than the minute allows: the page says so instead of a score.
    await page.goto(`/layering?a=${a}&b=${b}`);
    const notice = page.getByTestId('pair-error');
    await notice.waitFor();
    expect(await notice.getAttribute('data-problem')).toBe('layeringTooManyRequests');
    const text = (await notice.textContent()) ?? '';
    const seconds = Number(/(\d+)초/.exec(text)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(text).toContain(catalogMessage('layeringTooManyRequests', 'ko', { seconds }));
    expect(await page.getByTestId('pair-card').count()).toBe(0);

    // The guest's bucket is the browser's address the web server vouched for, not the web server's:
    // a direct caller (this test, on its own connection address) still gets its answer.
    const direct = await fetch(`${session.system.layeringUrl}/api/layering/pair?a=${a}&b=${b}`);
    expect(direct.status).toBe(200);
  });
});
