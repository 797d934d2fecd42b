import { loadExamples } from '../examples/collection';
import { loadGroups, loadLabels } from '../labels/collections';
import { getNorms } from '../law/norms';
import { getThresholds } from '../law/thresholds-entry';
import { getTools } from '../law/tools';
import { buildTime } from '../now';
import { loadStates } from '../states/collection';
import { buildAssistantData, type AssistantData } from './data';

/** The assistant's data from the content collections, for the data endpoint and the pages (build time only). */
export async function loadAssistantData(): Promise<AssistantData> {
  const [labels, groups, states, examples, norms, thresholds, tools] = await Promise.all([
    loadLabels(),
    loadGroups(),
    loadStates(),
    loadExamples(),
    getNorms(),
    getThresholds(),
    getTools(),
  ]);
  return buildAssistantData({ labels, groups, states, examples, norms, thresholds, tools, now: buildTime });
}
