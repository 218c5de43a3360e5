import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress';

function fakeOutput(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 120, writes, write: (text: string) => writes.push(text) };
}

function clock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('import progress', () => {
  it('on a terminal redraws one line with a bar, rows/s and the time left', () => {
    const output = fakeOutput(true);
    const time = clock();
    const progress = createProgress(output, 'write perfumes', time.now);
    progress.update(0, 1000);
    time.advance(2000);
    progress.update(500, 1000);
    progress.finish();
    const last = output.writes.at(-2)!;
    expect(last.startsWith('\r')).toBe(true);
    expect(last).not.toContain('\n');
    expect(last).toContain('500/1,000 50%');
    expect(last).toContain('250 rows/s');
    expect(last).toContain('ETA 0:02');
    expect(last).toMatch(/█+░+/);
    expect(output.writes.at(-1)).toBe('\n');
  });

  it('does not redraw more often than ten times a second, but always draws the end', () => {
    const output = fakeOutput(true);
    const time = clock();
    const progress = createProgress(output, 'x', time.now);
    time.advance(1000);
    for (let done = 1; done <= 100; done++) progress.update(done, 100);
    expect(output.writes).toHaveLength(2);
    expect(output.writes[1]).toContain('100/100 100%');
  });

  it('in a log prints a plain line each tenth', () => {
    const output = fakeOutput(false);
    const time = clock();
    const progress = createProgress(output, 'write perfumes', time.now);
    for (let done = 0; done <= 1000; done += 50) {
      time.advance(100);
      progress.update(done, 1000);
    }
    progress.finish();
    expect(output.writes).toHaveLength(10);
    expect(output.writes.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(output.writes[0]).toMatch(/^write perfumes: 100\/1,000 10% /);
    expect(output.writes.at(-1)).toMatch(/^write perfumes: 1,000\/1,000 100% .* ETA 0:00\n$/);
  });
});
