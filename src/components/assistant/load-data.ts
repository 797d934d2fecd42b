import { buildAssistantData, type AssistantData } from '../../lib/assistant/data';
import { loadExamples } from '../../lib/examples/collection';
import { loadGroups, loadLabels } from '../../lib/labels/collections';
import { getNorms } from '../../lib/law/norms';
import { getThresholds } from '../../lib/law/thresholds-entry';
import { buildTime } from '../../lib/now';
import { loadStates } from '../../lib/states/collection';

/** The assistant's data from the collections, at build time: for the JSON endpoint and the page's static overview. */
export async function loadAssistantData(): Promise<AssistantData> {
  const [labels, groups, states, examples, norms, thresholds] = await Promise.all([loadLabels(), loadGroups(), loadStates(), loadExamples(), getNorms(), getThresholds()]);
  return buildAssistantData({ labels, groups, states, examples, norms, thresholds, now: buildTime });
}
