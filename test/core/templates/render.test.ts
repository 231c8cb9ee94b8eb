import { describe, expect, it } from 'vitest';
import { renderTemplate, unknownPlaceholders } from '@/core/templates';

const all = { first_name: 'Anna Berg', page_name: 'Nordlys Shop', agent_name: 'Jonas' };

describe('renderTemplate', () => {
  it('fills every variable, greeting the customer by first name', () => {
    expect(renderTemplate('Hi {first_name}, this is {agent_name} from {page_name}.', all)).toBe('Hi Anna, this is Jonas from Nordlys Shop.');
  });

  it('drops a missing name with its space instead of printing the placeholder', () => {
    expect(renderTemplate('Hi {first_name}, thanks for your message!', {})).toBe('Hi, thanks for your message!');
    expect(renderTemplate('Hallo {first_name}!', { first_name: '  ' })).toBe('Hallo!');
  });

  it('leaves no dangling comma before the question mark', () => {
    expect(renderTemplate('Is there anything else I can help you with, {first_name}?', {})).toBe('Is there anything else I can help you with?');
  });

  it('drops a signature line that only held a missing variable', () => {
    expect(renderTemplate('Thanks!\n– {agent_name}', {})).toBe('Thanks!');
    expect(renderTemplate('Thanks!\n– {agent_name}', { agent_name: 'Mia' })).toBe('Thanks!\n– Mia');
  });

  it('keeps text the user typed in braces that is not a variable', () => {
    expect(renderTemplate('Use code {SUMMER} at {page_name}', {})).toBe('Use code {SUMMER} at');
    expect(unknownPlaceholders('Hi {firstname} and {first_name}')).toEqual(['{firstname}']);
  });
});
