export type { Template, TemplateVariables } from './types';
export { TemplateSchema, isTemplateList } from './schema';
export { renderTemplate, unknownPlaceholders, TEMPLATE_VARIABLES } from './render';
export { detectLanguage, templateLanguageOfLocale, TEMPLATE_LANGUAGES, type TemplateLanguage } from './language';
export { rankTemplates, type RankedTemplate, type Ranking } from './rank';
export { isUneditedStarter, STARTER_TEMPLATES, starterTemplatesToAdd } from './starters';
export { moveTemplate, upsertTemplate, removeTemplate, blankTemplate, parseKeywords, templateProblems, sortedByOrder, type TemplateProblem } from './edit';
