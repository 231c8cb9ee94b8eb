import type { TemplateVariables } from './types';

/** The variables a template body may use, in the braces the user types. */
export const TEMPLATE_VARIABLES = ['first_name', 'page_name', 'agent_name'] as const satisfies ReadonlyArray<keyof TemplateVariables>;

const PLACEHOLDER = /\{(first_name|page_name|agent_name)\}/g;

/**
 * Fills `{first_name}`, `{page_name}` and `{agent_name}`. A variable without a value is dropped
 * with the space before it, so the customer never sees a raw placeholder: "Hi {first_name}, thanks"
 * becomes "Hi, thanks"; a line left with no word (a "– {agent_name}" signature) goes entirely.
 * Unknown braces are the user's own text and stay as typed.
 *
 * @example renderTemplate('Hi {first_name}!', { first_name: 'Anna Berg' }) // 'Hi Anna!'
 */
export function renderTemplate(body: string, values: Partial<TemplateVariables>): string {
  const lines = body.split('\n').flatMap((line) => {
    let dropped = false;
    const filled = line.replace(/[ \t]*\{(first_name|page_name|agent_name)\}/g, (match, name: keyof TemplateVariables) => {
      const value = variableValue(name, values);
      if (value) return match.slice(0, match.indexOf('{')) + value;
      dropped = true;
      return '';
    });
    if (!dropped) return [filled];
    if (!/[\p{L}\p{N}]/u.test(filled)) return [];
    return [tidyAfterDrop(filled)];
  });
  return lines.join('\n');
}

/** The placeholders of a body that are not one of ours (a typo such as `{firstname}`), for the editor to flag. */
export function unknownPlaceholders(body: string): string[] {
  const all = body.match(/\{[a-z_]+\}/gi) ?? [];
  return [...new Set(all.filter((p) => !p.match(PLACEHOLDER)))];
}

function variableValue(name: keyof TemplateVariables, values: Partial<TemplateVariables>): string {
  const raw = (values[name] ?? '').trim().replace(/\s+/g, ' ');
  // A customer is greeted by their first name only: "Anna Berg" → "Anna".
  return name === 'first_name' ? raw.split(' ')[0] ?? '' : raw;
}

/** Removes what a dropped variable leaves behind: a space before punctuation, a doubled space, a comma at the end. */
function tidyAfterDrop(line: string): string {
  return line
    .replace(/[ \t]+([,.!?;:])/g, '$1')
    .replace(/([,;])(?=[.!?])/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^([,;:] ?)/, '')
    .replace(/[,;:]\s*$/, '')
    .trimEnd();
}
