/**
 * The inbox's own labels in the five languages ReplyClock supports. These imitate what Meta
 * shows (translated aria-labels, "You: " previews, dividers); they are page text, not ours,
 * so they live here and not in public/_locales.
 */
export type DemoLanguage = 'en' | 'de' | 'it' | 'da' | 'nb';
export const DEMO_LANGUAGES: readonly DemoLanguage[] = ['en', 'de', 'it', 'da', 'nb'];

export interface InboxLabels {
  locale: string; // for Intl formatting of times and dates
  youPrefix: string; // preview prefix of the Page's own last message
  today: string;
  yesterday: string;
  transcript: string; // aria-label of the transcript region
  transcriptNoIds: string; // the same label on the id-less build (English gained a comma)
  repliedToAd: string; // system line of the id-less build; {name} is replaced
  moveToDone: string;
  markFollowUp: string;
  sentBy: string; // "Sent by" + person or automation
  automated: Record<'instant_reply' | 'away_message' | 'automation', string>;
  assigned: string; // system note; {name} is replaced
  assign: string;
  composer: string;
  folders: Record<'inbox' | 'done' | 'spam' | 'followup', string>;
  awayBanner: string;
}

export const LABELS: Record<DemoLanguage, InboxLabels> = {
  en: {
    locale: 'en-GB', youPrefix: 'You: ', today: 'Today', yesterday: 'Yesterday',
    transcript: 'Message list container with messages, suggestions and typing indicators',
    transcriptNoIds: 'Message list container with messages, suggestions, and typing indicators',
    repliedToAd: '{name} replied to an ad.',
    moveToDone: 'Move to Done', markFollowUp: 'Mark as Follow up', sentBy: 'Sent by',
    automated: { instant_reply: 'Instant reply', away_message: 'Away message', automation: 'Automation' },
    assigned: '{name} was assigned to this conversation', assign: 'Assign this conversation',
    composer: 'Reply in Messenger…',
    folders: { inbox: 'Main', done: 'Done', spam: 'Spam', followup: 'Follow up' },
    awayBanner: 'You are scheduled to be away from 18:00 to 09:00.',
  },
  de: {
    locale: 'de-DE', youPrefix: 'Du: ', today: 'Heute', yesterday: 'Gestern',
    transcript: 'Container für die Nachrichtenliste mit Nachrichten, Vorschlägen und Tippindikatoren',
    transcriptNoIds: 'Container für die Nachrichtenliste mit Nachrichten, Vorschlägen und Tippindikatoren',
    repliedToAd: '{name} hat auf eine Werbeanzeige geantwortet.',
    moveToDone: 'In „Erledigt“ verschieben', markFollowUp: 'Als „Nachverfolgen“ markieren', sentBy: 'Gesendet von',
    automated: { instant_reply: 'Sofortantwort', away_message: 'Abwesenheitsnachricht', automation: 'Automatisierung' },
    assigned: '{name} wurde dieser Unterhaltung zugewiesen', assign: 'Diese Unterhaltung zuweisen',
    composer: 'In Messenger antworten…',
    folders: { inbox: 'Allgemein', done: 'Erledigt', spam: 'Spam', followup: 'Nachverfolgen' },
    awayBanner: 'Du bist von 18:00 bis 09:00 als abwesend geplant.',
  },
  it: {
    locale: 'it-IT', youPrefix: 'Tu: ', today: 'Oggi', yesterday: 'Ieri',
    transcript: 'Contenitore dell’elenco dei messaggi con messaggi, suggerimenti e indicatori di digitazione',
    transcriptNoIds: 'Contenitore dell’elenco dei messaggi con messaggi, suggerimenti e indicatori di digitazione',
    repliedToAd: '{name} ha risposto a un’inserzione.',
    moveToDone: 'Sposta in Completati', markFollowUp: 'Contrassegna come Da seguire', sentBy: 'Inviato da',
    automated: { instant_reply: 'Risposta istantanea', away_message: 'Messaggio di assenza', automation: 'Automazione' },
    assigned: '{name} è stato assegnato a questa conversazione', assign: 'Assegna questa conversazione',
    composer: 'Rispondi su Messenger…',
    folders: { inbox: 'Principale', done: 'Completati', spam: 'Spam', followup: 'Da seguire' },
    awayBanner: 'Risulti assente dalle 18:00 alle 09:00.',
  },
  da: {
    locale: 'da-DK', youPrefix: 'Dig: ', today: 'I dag', yesterday: 'I går',
    transcript: 'Beholder til beskedliste med beskeder, forslag og skriveindikatorer',
    transcriptNoIds: 'Beholder til beskedliste med beskeder, forslag og skriveindikatorer',
    repliedToAd: '{name} svarede på en annonce.',
    moveToDone: 'Flyt til Udført', markFollowUp: 'Markér som Opfølgning', sentBy: 'Sendt af',
    automated: { instant_reply: 'Øjeblikkeligt svar', away_message: 'Fraværsbesked', automation: 'Automatisering' },
    assigned: '{name} blev tildelt denne samtale', assign: 'Tildel denne samtale',
    composer: 'Svar i Messenger…',
    folders: { inbox: 'Primær', done: 'Udført', spam: 'Spam', followup: 'Opfølgning' },
    awayBanner: 'Du er planlagt til at være væk fra 18.00 til 09.00.',
  },
  nb: {
    locale: 'nb-NO', youPrefix: 'Du: ', today: 'I dag', yesterday: 'I går',
    transcript: 'Beholder for meldingsliste med meldinger, forslag og skriveindikatorer',
    transcriptNoIds: 'Beholder for meldingsliste med meldinger, forslag og skriveindikatorer',
    repliedToAd: '{name} svarte på en annonse.',
    moveToDone: 'Flytt til Ferdig', markFollowUp: 'Merk som Følg opp', sentBy: 'Sendt av',
    automated: { instant_reply: 'Direktesvar', away_message: 'Fraværsmelding', automation: 'Automatisering' },
    assigned: '{name} ble tildelt denne samtalen', assign: 'Tildel denne samtalen',
    composer: 'Svar i Messenger …',
    folders: { inbox: 'Hoved', done: 'Ferdig', spam: 'Søppelpost', followup: 'Følg opp' },
    awayBanner: 'Du er planlagt å være borte fra 18:00 til 09:00.',
  },
};
