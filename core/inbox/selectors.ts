/**
 * Every selector, attribute, label and text pattern of Meta's inbox DOM — nowhere else.
 * Order of trust (see docs/inbox-dom.md): stable hooks (data-surface paths, data-pagelet,
 * data-message-id, data-utime, roles, URL parameters) first, computed layout second (read.ts), class
 * names never. Old and new selectors sit side by side while Meta rolls a change out: each list is
 * tried in order and the first that matches wins.
 *
 * `SELECTOR_FIXTURES` says, for each selector, which fixture pages it must match and how many
 * times; test/core/inbox/selectors.test.ts checks them all.
 */

/** The conversation list. New builds: a data-surface path ending in `thread_list`; older: a pagelet. */
export const THREAD_LIST = [
  '[data-surface$="bizweb_inbox:thread_list"]',
  '[data-surface$=":thread_list"]',
  '[data-pagelet="GenericBizInboxThreadListViewBody"]',
  '[data-pagelet="BizP13NInboxUinifiedThreadListView"]', // (sic) an older build's spelling
  '[data-pagelet="GenericThreadListView"]',
] as const;

/** One row: `…/thread_rowN` (sometimes `thread_rowN:priority`). The same row may be rendered twice. */
export const THREAD_ROW = '[data-surface*="thread_row"]';
/** The row's own surface (not one of its parts such as `thread_row0/lib:thread_title`). */
export const THREAD_ROW_SURFACE = /(?:^|\/)(?:bizweb_inbox:thread_list\/)?thread_row(\d*)(?::[a-z_]+)?$/;
/** Older builds without row surfaces: the click target of each row. */
export const THREAD_ROW_FALLBACK = 'div[role="presentation"]';
/** The element that receives the click that opens a conversation. */
export const ROW_CLICK_TARGET = '[role="presentation"]';
export const THREAD_TITLE = '[data-surface*="thread_title"]';
/** Last activity: epoch seconds with a fraction, e.g. `data-utime="1791104461.826"`. */
export const UTIME_ATTRIBUTE = 'data-utime';
export const ROW_TIME = 'abbr[data-utime]';
/** Screen-reader text beside the row's time ("Today"). */
export const ACCESSIBLE_TEXT = '.accessible_elem';
/** Hover actions inside a row ("Move to Done", "Mark as Follow up"): never rows, never clicked. */
export const HOVER_ACTIONS = '[role="grid"]';

/** The open conversation's header (customer name, "Assign this conversation"). */
export const DETAIL_HEADER = [
  '[data-pagelet="BizInboxDetailViewHeaderSectionWrapper"]',
  '[data-surface*="detail_view_header"]',
  '[role="heading"]', // older builds: no pagelet, no surface
] as const;
/** Header controls whose text is not the customer's name. */
export const HEADER_CONTROLS = 'button, [role="button"], [role="tooltip"], [aria-hidden="true"], .accessible_elem';
export const DETAIL_VIEW = [
  '[data-surface*="messenger_detail_view"]',
  '[data-surface*="instagram_detail_view"]',
  '[data-surface*="whatsapp_detail_view"]',
  '[data-surface$="detail_view"]',
] as const;
export const TRANSCRIPT = 'div[role="region"]';
/** Older builds: the transcript is a pagelet, with or without a region inside it. */
export const TRANSCRIPT_PAGELET = '[data-pagelet="BizInboxMessengerMessageListContainer"]';
export const MESSAGE = '[data-message-id]';
export const MESSAGE_ID_ATTRIBUTE = 'data-message-id';
/** The block that holds a message's own text, when the id sits on a wrapper that also holds its labels. */
export const MESSAGE_TEXT = '[dir="auto"]';
export const AVATAR = 'img[alt]';
export const SYSTEM_NOTE = '[role="note"]';
export const BANNER = '[role="alert"], [role="banner"], [role="status"]';
export const COMPOSER = [
  'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  '[data-lexical-editor="true"][contenteditable="true"]',
  'div[role="textbox"][contenteditable="true"]',
  'textarea', // older builds ("Reply in Messenger…")
] as const;
/** Our own injected nodes: the reader and the watcher ignore them. */
export const OWN_NODE_ATTRIBUTE = 'data-replyclock-badge';
/** Business Suite's dark theme marks the root element with this class (a hint; luminance decides otherwise). */
export const DARK_MODE_CLASS = '__fb-dark-mode';

/** A surface path naming the Page: `…/business_scope:page:<id>:<name>/…` (the Page's own name, no customer's). */
export const PAGE_SCOPE = '[data-surface*="business_scope:page:"]';
export const PAGE_SCOPE_PATTERN = /business_scope:page:(\d+):([^/]+)/;

/** URL parameters and path segments. */
export const URL_PARAMS = { page: ['asset_id', 'mailbox_id'], thread: 'selected_item_id', threadType: 'thread_type', folder: ['folder', 'mailbox_folder'] } as const;
export const CHANNEL_PATHS: Record<string, 'messenger' | 'instagram' | 'whatsapp' | 'all'> = {
  messenger: 'messenger',
  instagram_direct: 'instagram',
  whatsapp: 'whatsapp',
  all: 'all',
};

// ---- Labels (translated by Meta). en, de, it, da, nb first; a few neighbours as a courtesy. ----

/** The accessible name of the transcript region. */
export const TRANSCRIPT_LABELS = [
  'Message list container with messages, suggestions and typing indicators',
  'Nachrichtenlisten-Container mit Nachrichten, Vorschlägen und Tippindikatoren',
  'Contenitore dell\'elenco dei messaggi con messaggi, suggerimenti e indicatori di digitazione',
  'Beholder til beskedliste med beskeder, forslag og skriveindikatorer',
  'Beholder for meldingsliste med meldinger, forslag og skriveindikatorer',
];

/** How Meta writes the Page's own last message in a list preview, in one interface language. */
export interface OwnPreviewForms {
  /** Before the text of the Page's own message, exactly so: the word, Meta's separator (": "), then the text. */
  prefix: string;
  /** Meta's whole sentences for the Page's own attachments, which carry no prefix. */
  sentences: readonly RegExp[];
  /** Texts shaped like Meta's own activity lines (a reaction, an unsent message, an attachment kind not listed): a customer can write them too. */
  lookalikes: readonly RegExp[];
}

/**
 * The Page's own previews by the page's language (`<html lang>`), en, de, it, da, nb first.
 * *Decision:* Meta writes them only in the interface's language, so another language's prefix ("Tu: ciao" in
 * an English inbox) is customer text; a lookalike ("You sent me the wrong size!", "Hai risposto?") is not yet
 * known, never a reply; with no known language nothing is known. A customer who starts with the interface's
 * own prefix reads exactly like the Page (the live 2026 dump shows the prefix in the same text node).
 */
export const OWN_PREVIEWS: Readonly<Record<string, OwnPreviewForms>> = {
  en: {
    prefix: 'You: ',
    sentences: [/^You sent (?:a|an) (?:photo|video|GIF|sticker|attachment|link|voice message|audio clip|file|location)\.$/, /^You sent \d+ (?:photos|videos|attachments)\.$/],
    lookalikes: [/^You (?:sent|replied|reacted|unsent)\b/i],
  },
  de: {
    prefix: 'Du: ',
    sentences: [/^Du hast (?:ein Foto|ein Video|ein GIF|einen Sticker|einen Anhang|einen Link|eine Sprachnachricht|eine Datei|einen Standort) gesendet\.$/, /^Du hast \d+ (?:Fotos|Videos|Anhänge) gesendet\.$/],
    lookalikes: [/^Du hast\b.*\b(?:gesendet|geantwortet|reagiert|zurückgezogen)/i],
  },
  it: {
    prefix: 'Tu: ',
    sentences: [/^Hai inviato (?:una foto|un video|una GIF|un adesivo|un allegato|un link|un messaggio vocale|un file|una posizione)\.$/, /^Hai inviato \d+ (?:foto|video|allegati)\.$/],
    lookalikes: [/^Hai (?:inviato|risposto|reagito|annullato)\b/i],
  },
  da: {
    prefix: 'Dig: ',
    sentences: [/^Du sendte (?:et billede|en video|en GIF|et klistermærke|en vedhæftet fil|et link|en talebesked|en fil|en placering)\.$/, /^Du sendte \d+ billeder\.$/],
    lookalikes: [/^Du (?:sendte|svarede|reagerede|fortrød)\b/i],
  },
  nb: {
    prefix: 'Du: ',
    sentences: [/^Du sendte (?:et bilde|en video|en GIF|et klistremerke|et vedlegg|en lenke|en talemelding|en fil|en posisjon)\.$/, /^Du sendte \d+ bilder\.$/],
    lookalikes: [/^Du (?:sendte|svarte|reagerte|angret)\b/i],
  },
  fr: { prefix: 'Vous : ', sentences: [], lookalikes: [/^Vous avez (?:envoyé|répondu|réagi|retiré)\b/i] },
  es: { prefix: 'Tú: ', sentences: [], lookalikes: [/^(?:Enviaste|Respondiste|Reaccionaste)\b/i] },
  pt: { prefix: 'Você: ', sentences: [], lookalikes: [/^Você (?:enviou|respondeu|reagiu)\b/i] },
  nl: { prefix: 'Jij: ', sentences: [], lookalikes: [/^Je hebt\b/i] },
};

/** What the header shows for a moment while a conversation loads: the inbox's name, not a customer's. */
export const HEADER_PLACEHOLDERS = ['Inbox', 'Posteingang', 'Posta in arrivo', 'Indbakke', 'Innboks', 'Boîte de réception'];


/** "Sent by <person>" under a Page message: the captured group is the author. */
export const SENT_BY_PATTERNS = [
  /^Sent by (.+)$/i,
  /^Gesendet von (.+)$/i,
  /^Inviato da (.+)$/i,
  /^Sendt af (.+)$/i,
  /^Sendt av (.+)$/i,
  /^Envoyé par (.+)$/i,
  /^Enviado por (.+)$/i,
  /^Verzonden door (.+)$/i,
  /^Skickat av (.+)$/i,
];

/**
 * Lines under a Page bubble that are about it, not messages: Meta's AI footer ("Improve AI
 * response") and the offer to automate an answer ("Send answer automatically next time? Save").
 * Such a footer also marks the message above it as automated (an AI reply).
 */
export const AI_FOOTER_PATTERNS = [
  /^improve ai response$/i, /^ki-antwort verbessern$/i, /^migliora la risposta dell'ia$/i, /^forbedr ai-svar$/i, /^forbedre ki-svar$/i,
];
export const MESSAGE_FOOTER_PATTERNS = [
  /^send answer automatically next time\??\s*(save)?$/i, /^antwort künftig automatisch senden\??\s*(speichern)?$/i,
  /^inviare automaticamente la risposta la prossima volta\??\s*(salva)?$/i, /^send svar automatisk næste gang\??\s*(gem)?$/i,
  /^sende svar automatisk neste gang\??\s*(lagre)?$/i,
];

/**
 * Names or labels that mark a Page message sent by Meta's own automations (instant reply, away
 * message, FAQ answers, an "Automation" label). The bare words "bot" and "automation" count only as
 * the whole label: inside a name ("Zendesk Automation", "Support Bot") they name a connected app,
 * whose messages are replies (rules R3).
 */
export const AUTOMATED_LABELS = [
  /\binstant repl(y|ies)\b/i, /\baway message\b/i, /\bautomated (response|repl(y|ies)|message)\b|^automat(ed|ion|ions)$/i, /\bfrequently asked questions\b/i,
  /\bsofortantwort/i, /\babwesenheitsnachricht/i, /\bautomatisierte antwort|^automatisierung$|\bautomatische antwort/i,
  /\brisposta (immediata|istantanea|automatica)/i, /\bmessaggio di assenza/i, /^automazion[ei]$/i,
  /øjeblikkeligt svar|\bautomatisk svar|\bfraværsbesked|^automatisering$/i,
  /\bdirektesvar|\bumiddelbart svar|øyeblikkelig svar|\bfraværsmelding|\bautomatisk(e)? svar/i,
  /réponse instantanée|message d'absence|respuesta instantánea|mensaje de ausencia|resposta instantânea|direct antwoord/i,
];

/**
 * Assignment notes in the transcript ("Fah Somchai was assigned to this conversation."): the
 * captured group is the assigned agent. A note can be a `role="note"` or a plain line.
 */
export const ASSIGNMENT_PATTERNS = [
  /^(.+?) was assigned to this conversation\.?$/i,
  /^Assigned (?:this conversation )?to (.+?)\.?$/i,
  /^(.+?) wurde dieser Unterhaltung zugewiesen\.?$/i,
  /^(.+?) è stat[oa] assegnat[oa] a questa conversazione\.?$/i,
  /^(.+?) blev tildelt denne samtale\.?$/i,
  /^(.+?) ble tildelt denne samtalen\.?$/i,
];
/** A word every assignment note holds: lines without it are not tried against the patterns. */
export const ASSIGNMENT_HINT = /assign|zugewiesen|assegnat|tildelt/i;

/** "Scheduled to be away" notices (rules R9): the page says Away is on. */
export const AWAY_BANNER_PATTERNS = [
  /scheduled to be away|you're away|you are away/i,
  /abwesend/i,
  /assente|assenza programmata/i,
  /fraværende|væk|borte/i,
];

/** Fixture pages (test/fixtures/inbox), for the table below. */
const EN = 'en-messenger-open.html', DE = 'de-messenger-open.html', IT = 'it-rotated-classes.html', NB = 'nb-extra-wrappers.html';
const DA = 'da-old-pagelet.html', ALL = 'en-all-list-only.html', IG = 'en-instagram-open.html', FR = 'fr-layered-styles.html';
/** The 2026 shapes: no ids, ids on groups, role="status" wrappers; and an older pagelet build with a textarea. */
const DE_NO_IDS = 'de-no-ids.html', IT_GROUPS = 'it-ids-on-groups.html', NB_STATUS = 'nb-status-wrappers.html', DA_TEXTAREA = 'da-pagelet-textarea.html';

/** The attribute whose path names each part of the inbox (rows, title, detail view…). */
export const SURFACE_ATTRIBUTE = 'data-surface';
/** Attributes whose values are Meta's structure (not the user's data): kept, digits folded, in diagnostics. */
export const STRUCTURE_ATTRIBUTES: readonly string[] = [SURFACE_ATTRIBUTE, 'data-pagelet'];
/** The wrapper of the list and the open conversation: where a diagnostics outline starts. */
export const INBOX_ROOT = '[data-surface*="thread_and_detail"]';
/** Every hook by a short name, counted in health reports and diagnostics. */
export const DIAGNOSTIC_HOOKS: ReadonlyArray<readonly [string, string]> = [
  ['thread_list', THREAD_LIST.join(',')], ['thread_row', THREAD_ROW], ['thread_title', THREAD_TITLE], ['row_time', ROW_TIME],
  ['presentation', ROW_CLICK_TARGET], ['grid', HOVER_ACTIONS], ['header', DETAIL_HEADER.join(',')], ['detail', DETAIL_VIEW.join(',')],
  ['region', TRANSCRIPT], ['message', MESSAGE], ['utime', `[${UTIME_ATTRIBUTE}]`], ['note', SYSTEM_NOTE], ['composer', COMPOSER.join(',')],
];

/** Which fixture pages each selector must match, and how many times (document-wide; duplicated rows count twice). */
export const SELECTOR_FIXTURES: ReadonlyArray<{ name: string; selector: string; counts: Record<string, number> }> = [
  { name: 'thread list (data-surface)', selector: THREAD_LIST[0], counts: { [FR]: 1, [EN]: 1, [DE]: 1, [IT]: 1, [NB]: 1, [ALL]: 1, [IG]: 1, [DA]: 0, [DE_NO_IDS]: 1, [IT_GROUPS]: 1, [NB_STATUS]: 1, [DA_TEXTAREA]: 0 } },
  { name: 'thread list (old pagelet)', selector: THREAD_LIST[2], counts: { [DA]: 1, [EN]: 0, [ALL]: 0 } },
  { name: 'thread list (P13N pagelet)', selector: THREAD_LIST[3], counts: { [DA_TEXTAREA]: 1, [DA]: 0, [EN]: 0 } },
  { name: 'row title', selector: THREAD_TITLE, counts: { [FR]: 2, [EN]: 5, [DE]: 4, [IT]: 3, [NB]: 3, [ALL]: 7, [IG]: 2, [DA]: 0, [DE_NO_IDS]: 2, [IT_GROUPS]: 1, [NB_STATUS]: 1, [DA_TEXTAREA]: 0 } },
  { name: 'row time', selector: ROW_TIME, counts: { [EN]: 5, [DE]: 4, [IT]: 3, [NB]: 3, [ALL]: 7, [IG]: 2, [DA]: 3, [DE_NO_IDS]: 2, [IT_GROUPS]: 1, [NB_STATUS]: 1, [DA_TEXTAREA]: 2 } },
  { name: 'row click target', selector: ROW_CLICK_TARGET, counts: { [EN]: 5, [ALL]: 7, [DA]: 3, [DE_NO_IDS]: 2, [DA_TEXTAREA]: 2 } },
  { name: 'hover actions', selector: HOVER_ACTIONS, counts: { [EN]: 5, [DE]: 2, [ALL]: 7, [IG]: 0 } },
  { name: 'header (pagelet)', selector: DETAIL_HEADER[0], counts: { [EN]: 1, [DE]: 1, [IT]: 1, [NB]: 1, [DA]: 1, [IG]: 1, [ALL]: 0, [DE_NO_IDS]: 1, [IT_GROUPS]: 1, [NB_STATUS]: 1, [DA_TEXTAREA]: 0 } },
  { name: 'header (data-surface)', selector: DETAIL_HEADER[1], counts: { [EN]: 1, [DA]: 0, [ALL]: 0, [DE_NO_IDS]: 1 } },
  { name: 'header (role=heading)', selector: DETAIL_HEADER[2], counts: { [DA_TEXTAREA]: 1, [EN]: 0, [DE_NO_IDS]: 0, [ALL]: 0 } },
  { name: 'detail view (messenger)', selector: DETAIL_VIEW[0], counts: { [EN]: 1, [DE]: 1, [IT]: 1, [NB]: 1, [DA]: 1, [IG]: 0, [ALL]: 0, [DE_NO_IDS]: 1, [IT_GROUPS]: 1, [NB_STATUS]: 1, [DA_TEXTAREA]: 0 } },
  { name: 'detail view (instagram)', selector: DETAIL_VIEW[1], counts: { [IG]: 1, [EN]: 0 } },
  { name: 'transcript region', selector: TRANSCRIPT, counts: { [FR]: 1, [EN]: 1, [DE]: 1, [IT]: 1, [NB]: 1, [DA]: 1, [IG]: 1, [ALL]: 0, [DE_NO_IDS]: 1, [IT_GROUPS]: 1, [NB_STATUS]: 1, [DA_TEXTAREA]: 0 } },
  { name: 'transcript (old pagelet)', selector: TRANSCRIPT_PAGELET, counts: { [DA_TEXTAREA]: 1, [EN]: 0, [DE_NO_IDS]: 0 } },
  { name: 'messages', selector: MESSAGE, counts: { [FR]: 3, [EN]: 5, [DE]: 4, [IT]: 4, [NB]: 4, [DA]: 4, [IG]: 3, [ALL]: 0, [DE_NO_IDS]: 0, [IT_GROUPS]: 4, [NB_STATUS]: 0, [DA_TEXTAREA]: 4 } },
  { name: 'system note', selector: SYSTEM_NOTE, counts: { [EN]: 1, [DE]: 0 } },
  { name: 'composer (Lexical)', selector: COMPOSER[0], counts: { [FR]: 1, [EN]: 1, [DE]: 1, [IT]: 1, [NB]: 1, [IG]: 1, [ALL]: 0, [DE_NO_IDS]: 1, [IT_GROUPS]: 1, [NB_STATUS]: 1, [DA_TEXTAREA]: 0 } },
  { name: 'composer (textarea)', selector: COMPOSER[3], counts: { [DA_TEXTAREA]: 1, [EN]: 0, [DE_NO_IDS]: 0 } },
];
