import type { OpenConversation } from '@/core/messages';
import { isUneditedStarter, rankTemplates, renderTemplate, type Template } from '@/core/templates';
import type { SuggestionsState } from './TemplateSuggestions';

/**
 * The suggestions for the conversation open in the inbox: ranked for its latest customer message
 * and rendered with the customer's, the Page's and the agent's names. The message is used here
 * and nowhere else; nothing of it is kept.
 */
export function suggestionsFor(conversation: OpenConversation, templates: readonly Template[], fallbackPageName: string | null): SuggestionsState {
  if (!conversation.threadId && !conversation.title) return { kind: 'no-conversation' };
  const variables = {
    first_name: conversation.title ?? '',
    page_name: conversation.pageName ?? fallbackPageName ?? '',
    agent_name: conversation.agentName ?? '',
  };
  const { suggestions } = rankTemplates(templates, conversation.latestCustomerMessage);
  const renderedFor = { threadId: conversation.threadId, title: conversation.title };
  return {
    kind: 'ready',
    composerFound: conversation.composerFound,
    suggestions: suggestions.map(({ template }) => ({ templateId: template.id, title: template.title, text: renderTemplate(template.body, variables), conversation: renderedFor, uneditedStarter: isUneditedStarter(template) })),
  };
}
