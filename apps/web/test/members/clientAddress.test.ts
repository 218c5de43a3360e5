import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '../../src/auth/clientAddress';

describe('clientAddressOf', () => {
  it('takes the hop our edge appended, not what the browser claimed before it', () => {
    expect(clientAddressOf('198.51.100.7, 203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddressOf(' 203.0.113.9 ')).toBe('203.0.113.9');
    expect(clientAddressOf('::ffff:127.0.0.1')).toBe('::ffff:127.0.0.1');
  });

  it('names an unknown client when there is no header at all', () => {
    expect(clientAddressOf(null)).toBe('unknown');
    expect(clientAddressOf(' , ')).toBe('unknown');
  });

  it('never hands the backend more than its schema accepts', () => {
    expect(clientAddressOf(`1.2.3.4, ${'x'.repeat(300)}`)).toHaveLength(100);
  });
});
