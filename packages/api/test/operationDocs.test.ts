import { describe, expect, it } from 'vitest';
import { operationDocs } from '../src/trpc/operationDocs';

describe('operationDocs', () => {
  const docs = operationDocs('members');

  it('writes the method, path, tag and summary of an operation', () => {
    expect(docs.get('/members/me', 'My profile')).toEqual({
      openapi: { method: 'GET', path: '/members/me', tags: ['members'], summary: 'My profile' },
    });
  });

  it('adds a description and error statuses only when given', () => {
    const meta = docs.delete('/members/me/profile-image', 'Remove my image', {
      description: 'The stored file goes too',
      errors: { 404: 'No image' },
    });
    expect(meta).toEqual({
      openapi: {
        method: 'DELETE',
        path: '/members/me/profile-image',
        tags: ['members'],
        summary: 'Remove my image',
        description: 'The stored file goes too',
      },
      errors: { 404: 'No image' },
    });
    expect(Object.keys(docs.post('/members', 'Sign up', {}).openapi ?? {})).not.toContain('description');
  });
});
