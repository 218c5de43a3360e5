import { emptyRequest } from '../../../src/chat/engine/dialogueState';
import type { RecommendArguments } from '../../../src/chat/openai/tools/recommendTool';
import { type FakeReply, type FakeRequest, toolResults } from './fakeOpenAi';

/** `recommend_perfumes` arguments for a request with no wishes yet (the count left to the engine). */
function noWishes(): RecommendArguments {
  const { moods: _moods, reference: _reference, count: _count, ...unwished } = emptyRequest();
  return { ...unwished, moods: [], reference: null, count: null };
}

/** "여름에 쓸 시원한 향수, 제가 쓸 거예요", three picks, as the model sends it. */
export const SUMMER_FOR_ME: RecommendArguments = {
  ...noWishes(),
  recipient: 'self',
  season: 'summer',
  moods: ['cool'],
  count: 3,
};

/** The model: recommends through the tool with these arguments, then names the picks the tool returned. */
export function recommendingModel(args: RecommendArguments): (request: FakeRequest) => FakeReply {
  return (request) => {
    const [result] = toolResults(request);
    if (!result) return { toolCalls: [{ name: 'recommend_perfumes', arguments: JSON.stringify(args) }] };
    const picks = (JSON.parse(result) as { picks: { brandKo: string; nameKo: string }[] }).picks;
    return {
      text: `여름에 시원하게 쓸 향수예요. ${picks.map((pick, i) => `${i + 1}. ${pick.brandKo} ${pick.nameKo}`).join(' ')}`,
    };
  };
}
