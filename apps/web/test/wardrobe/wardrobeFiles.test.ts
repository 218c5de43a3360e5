import type { Issue } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { importProblemsOf, type ProblemPlace } from '../../src/wardrobe/importProblems';
import { fileFormatOf } from '../../src/wardrobe/wardrobeFile';

const placeName = (place: ProblemPlace) =>
  place.kind === 'line' ? `line ${place.line}` : place.kind === 'entry' ? `entry ${place.number}` : 'the file';

/** The one row an import refused for a single issue names, for an English reader. */
const englishProblemOf = (issue: Issue) => importProblemsOf([issue], 'en', placeName)[0];

describe('the format of a chosen file', () => {
  it('follows the extension, in any case', () => {
    expect(fileFormatOf('wardrobe.CSV', '{"entries": []}')).toBe('csv');
    expect(fileFormatOf('wardrobe.json', 'perfume_id,state')).toBe('json');
  });

  it('reads what the text looks like when the name does not tell', () => {
    expect(fileFormatOf('wardrobe.txt', '  [{"perfumeId": 1}]')).toBe('json');
    expect(fileFormatOf('wardrobe', '{"entries": []}')).toBe('json');
    expect(fileFormatOf('내 옷장', 'perfume_id,state\n1,have')).toBe('csv');
  });
});

describe('the rows a refused import names', () => {
  it('puts each CSV problem on its line and column, the file as a whole first', () => {
    const problems = importProblemsOf(
      [
        { path: 'rows.7.state', message: 'have, wish, had 중 하나여야 합니다' },
        { path: 'content', message: '첫 줄에 열 이름이 있어야 합니다' },
        { path: 'rows.3', message: '카탈로그에서 이 향수를 찾을 수 없습니다' },
      ],
      'ko',
      placeName,
    );
    expect(problems).toEqual([
      { place: { kind: 'file' }, field: null, message: '첫 줄에 열 이름이 있어야 합니다' },
      { place: { kind: 'line', line: 3 }, field: null, message: '카탈로그에서 이 향수를 찾을 수 없습니다' },
      { place: { kind: 'line', line: 7 }, field: 'state', message: 'have, wish, had 중 하나여야 합니다' },
    ]);
  });

  it('counts JSON entries from one, as a person does', () => {
    const [problem] = importProblemsOf([{ path: 'entries.0.rating', message: 'bad rating' }], 'ko', placeName);
    expect(problem?.place).toEqual({ kind: 'entry', number: 1 });
    expect(problem?.field).toBe('rating');
  });

  it('tells a catalog message in the reader language, with its values filled in', () => {
    const problem = englishProblemOf({
      path: 'rows.2.state',
      message: 'have, wish, had 중 하나여야 합니다',
      messageKey: 'importValueInvalid',
      params: { allowed: 'have, wish, had' },
    });
    expect(problem?.message).toBe('Must be one of have, wish, had');
  });

  it('names a row that a message mentions the way the reader names rows', () => {
    const problem = englishProblemOf({
      path: 'rows.4',
      message: '같은 향수가 rows.2에 이미 있습니다',
      messageKey: 'importDuplicate',
      params: { first: 'rows.2' },
    });
    expect(problem?.message).toBe('The same perfume is already at line 2');
  });
});
