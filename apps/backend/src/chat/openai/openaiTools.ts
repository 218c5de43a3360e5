import { compareTool, noteOrAccordTool, perfumeDetailsTool, wardrobeTasteTool } from './tools/factTools';
import { layeringTool } from './tools/layeringTool';
import { recommendTool } from './tools/recommendTool';
import type { ToolContext } from './tools/toolContext';

export type { ToolTurn } from './tools/toolContext';

/**
 * The tools the model may call, over the same tools the offline engine uses: recommendations go
 * through the same retrieval and constraint check (every pick meets the request judged from the
 * catalog, none twice in a thread, two per house, the member's taste only for themselves), and
 * every perfume a tool returns becomes a card of the answer.
 */
export function openAiTools(context: ToolContext) {
  return [
    recommendTool(context),
    perfumeDetailsTool(context),
    compareTool(context),
    layeringTool(context),
    noteOrAccordTool(context),
    wardrobeTasteTool(context),
  ];
}
