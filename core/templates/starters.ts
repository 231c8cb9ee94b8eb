import type { Template } from './types';
import type { TemplateLanguage } from './language';

type Topic = 'received' | 'shipping' | 'returns' | 'order-status' | 'hours' | 'goodbye';
type Starter = { title: string; body: string; keywords: string[] };

/**
 * Replies every shop needs, in each of our languages, so the popup suggests something useful on
 * day one. The user adds them on request in the languages they pick; they state example policies,
 * so an unedited one is marked "edit before use".
 * Keywords are the words customers actually write about the topic (with common inflections).
 */
const STARTERS: Record<Topic, Record<TemplateLanguage, Starter>> = {
  received: {
    en: { title: 'We got your message', body: 'Hi {first_name}, thanks for your message! We got it and are on it – we will get back to you shortly.', keywords: ['question', 'help', 'hello', 'message', 'urgent'] },
    de: { title: 'Nachricht erhalten', body: 'Hallo {first_name}, danke für deine Nachricht! Wir haben sie erhalten und kümmern uns darum – wir melden uns in Kürze.', keywords: ['frage', 'hilfe', 'nachricht', 'dringend', 'anfrage'] },
    it: { title: 'Messaggio ricevuto', body: 'Ciao {first_name}, grazie per il tuo messaggio! L\'abbiamo ricevuto e ce ne stiamo occupando: ti rispondiamo a breve.', keywords: ['domanda', 'aiuto', 'messaggio', 'urgente', 'informazioni'] },
    da: { title: 'Vi har fået din besked', body: 'Hej {first_name}, tak for din besked! Vi har modtaget den og er i gang – vi vender tilbage til dig snarest.', keywords: ['spørgsmål', 'hjælp', 'besked', 'haster', 'henvendelse'] },
    nb: { title: 'Vi har fått meldingen din', body: 'Hei {first_name}, takk for meldingen! Vi har mottatt den og jobber med saken – vi kommer tilbake til deg snart.', keywords: ['spørsmål', 'hjelp', 'melding', 'haster', 'henvendelse'] },
  },
  shipping: {
    en: { title: 'Shipping', body: 'Hi {first_name}, we ship within 1–2 working days; delivery usually takes 2–5 working days. You get a tracking link by email as soon as your parcel leaves us.', keywords: ['shipping', 'delivery', 'deliver', 'parcel', 'package', 'tracking', 'ship', 'arrive', 'post'] },
    de: { title: 'Versand', body: 'Hallo {first_name}, wir versenden innerhalb von 1–2 Werktagen; die Zustellung dauert meist 2–5 Werktage. Sobald dein Paket unterwegs ist, bekommst du einen Tracking-Link per E-Mail.', keywords: ['versand', 'lieferung', 'liefern', 'paket', 'sendung', 'tracking', 'zustellung', 'ankommen', 'post'] },
    it: { title: 'Spedizione', body: 'Ciao {first_name}, spediamo entro 1–2 giorni lavorativi; la consegna richiede di solito 2–5 giorni lavorativi. Appena il pacco parte ricevi via e-mail il link di tracciamento.', keywords: ['spedizione', 'consegna', 'spedire', 'pacco', 'corriere', 'tracciamento', 'arrivo', 'arriva'] },
    da: { title: 'Forsendelse', body: 'Hej {first_name}, vi sender inden for 1–2 hverdage, og levering tager typisk 2–5 hverdage. Du får et track-and-trace-link på mail, så snart pakken er sendt.', keywords: ['forsendelse', 'levering', 'levere', 'pakke', 'pakken', 'sporing', 'fragt', 'ankomme', 'post'] },
    nb: { title: 'Frakt', body: 'Hei {first_name}, vi sender innen 1–2 virkedager, og levering tar vanligvis 2–5 virkedager. Du får en sporingslenke på e-post så snart pakken er sendt.', keywords: ['frakt', 'levering', 'levere', 'pakke', 'pakken', 'sporing', 'sending', 'ankomme', 'posten'] },
  },
  returns: {
    en: { title: 'Returns and refunds', body: 'Hi {first_name}, you can return items within 30 days. Send us your order number and we will send you the return label; your refund follows within 5 working days of receiving the parcel.', keywords: ['return', 'refund', 'money', 'exchange', 'broken', 'wrong', 'damaged', 'cancel'] },
    de: { title: 'Rücksendung und Erstattung', body: 'Hallo {first_name}, du kannst Artikel innerhalb von 30 Tagen zurückschicken. Schick uns deine Bestellnummer, dann senden wir dir das Rücksendeetikett; die Erstattung folgt innerhalb von 5 Werktagen nach Eingang.', keywords: ['rücksendung', 'zurückschicken', 'retoure', 'erstattung', 'geld', 'umtausch', 'kaputt', 'falsch', 'beschädigt', 'stornieren'] },
    it: { title: 'Resi e rimborsi', body: 'Ciao {first_name}, puoi restituire gli articoli entro 30 giorni. Mandaci il numero d\'ordine e ti inviamo l\'etichetta di reso; il rimborso arriva entro 5 giorni lavorativi dal ricevimento del pacco.', keywords: ['reso', 'restituire', 'rimborso', 'soldi', 'cambio', 'rotto', 'sbagliato', 'danneggiato', 'annullare'] },
    da: { title: 'Returnering og refusion', body: 'Hej {first_name}, du kan returnere varer inden for 30 dage. Send os dit ordrenummer, så sender vi en returlabel; pengene bliver refunderet senest 5 hverdage efter, vi har modtaget pakken.', keywords: ['retur', 'returnere', 'refusion', 'penge', 'pengene', 'bytte', 'ombytning', 'defekt', 'forkert', 'annullere'] },
    nb: { title: 'Retur og refusjon', body: 'Hei {first_name}, du kan returnere varer innen 30 dager. Send oss ordrenummeret ditt, så sender vi deg en returlapp; pengene refunderes innen 5 virkedager etter at vi har mottatt pakken.', keywords: ['retur', 'returnere', 'refusjon', 'penger', 'pengene', 'bytte', 'ødelagt', 'feil', 'skadet', 'kansellere'] },
  },
  'order-status': {
    en: { title: 'Order status', body: 'Hi {first_name}, could you send us your order number? We will check the status of your order right away.', keywords: ['order', 'status', 'ordered', 'purchase', 'where', 'bought'] },
    de: { title: 'Bestellstatus', body: 'Hallo {first_name}, kannst du uns deine Bestellnummer schicken? Dann prüfen wir sofort den Stand deiner Bestellung.', keywords: ['bestellung', 'bestellt', 'status', 'bestellnummer', 'gekauft', 'auftrag'] },
    it: { title: 'Stato dell\'ordine', body: 'Ciao {first_name}, puoi mandarci il numero d\'ordine? Controlliamo subito lo stato del tuo ordine.', keywords: ['ordine', 'ordinato', 'stato', 'acquisto', 'comprato', 'dove'] },
    da: { title: 'Ordrestatus', body: 'Hej {first_name}, vil du sende os dit ordrenummer? Så tjekker vi status på din ordre med det samme.', keywords: ['ordre', 'bestilling', 'bestilt', 'status', 'ordrenummer', 'købt', 'hvor'] },
    nb: { title: 'Ordrestatus', body: 'Hei {first_name}, kan du sende oss ordrenummeret ditt? Så sjekker vi statusen på bestillingen din med en gang.', keywords: ['ordre', 'bestilling', 'bestilt', 'status', 'ordrenummer', 'kjøpt', 'hvor'] },
  },
  hours: {
    en: { title: 'Opening hours', body: 'Hi {first_name}, we are open Monday to Friday, 9:00–17:00, and answer messages in that time. Messages sent outside those hours get an answer on the next working day.', keywords: ['open', 'opening', 'hours', 'closed', 'weekend', 'today', 'tomorrow', 'visit'] },
    de: { title: 'Öffnungszeiten', body: 'Hallo {first_name}, wir sind Montag bis Freitag von 9:00 bis 17:00 Uhr für dich da und beantworten Nachrichten in dieser Zeit. Nachrichten außerhalb davon beantworten wir am nächsten Werktag.', keywords: ['öffnungszeiten', 'geöffnet', 'offen', 'geschlossen', 'wochenende', 'heute', 'morgen', 'erreichbar'] },
    it: { title: 'Orari di apertura', body: 'Ciao {first_name}, siamo aperti dal lunedì al venerdì, dalle 9:00 alle 17:00, e rispondiamo ai messaggi in quell\'orario. Ai messaggi inviati fuori orario rispondiamo il giorno lavorativo successivo.', keywords: ['orari', 'orario', 'aperti', 'aperto', 'chiuso', 'weekend', 'oggi', 'domani'] },
    da: { title: 'Åbningstider', body: 'Hej {first_name}, vi har åbent mandag til fredag kl. 9–17 og svarer på beskeder i det tidsrum. Beskeder uden for åbningstiden besvarer vi næste hverdag.', keywords: ['åbningstider', 'åbningstid', 'åbent', 'åben', 'lukket', 'weekend', 'weekenden'] },
    nb: { title: 'Åpningstider', body: 'Hei {first_name}, vi har åpent mandag til fredag kl. 9–17 og svarer på meldinger i det tidsrommet. Meldinger utenom åpningstiden svarer vi på neste virkedag.', keywords: ['åpningstider', 'åpningstid', 'åpent', 'åpen', 'stengt', 'helg', 'helgen'] },
  },
  goodbye: {
    en: { title: 'Anything else?', body: 'Is there anything else I can help you with, {first_name}?\n{agent_name}', keywords: ['thanks', 'thank', 'great', 'perfect', 'ok', 'bye'] },
    de: { title: 'Noch etwas?', body: 'Kann ich dir sonst noch irgendwie helfen, {first_name}?\n{agent_name}', keywords: ['danke', 'super', 'perfekt', 'prima', 'ok', 'tschüss'] },
    it: { title: 'Altro?', body: 'Posso aiutarti in qualcos\'altro, {first_name}?\n{agent_name}', keywords: ['grazie', 'perfetto', 'ottimo', 'ok', 'ciao'] },
    da: { title: 'Andet?', body: 'Er der andet, jeg kan hjælpe dig med, {first_name}?\n{agent_name}', keywords: ['tak', 'super', 'perfekt', 'fint', 'ok', 'farvel'] },
    nb: { title: 'Noe mer?', body: 'Er det noe mer jeg kan hjelpe deg med, {first_name}?\n{agent_name}', keywords: ['takk', 'supert', 'perfekt', 'flott', 'ok'] },
  },
};

const TOPICS = Object.keys(STARTERS) as Topic[];
const LANGUAGES: TemplateLanguage[] = ['en', 'de', 'it', 'da', 'nb'];
const starterId = (topic: Topic, language: TemplateLanguage) => `starter-${topic}-${language}`;

/** The starter templates, ids `starter-<topic>-<lang>`, ordered by language then topic, unused. */
export const STARTER_TEMPLATES: Template[] = LANGUAGES.flatMap((language, l) =>
  TOPICS.map((topic, i) => ({ id: starterId(topic, language), language, usage: 0, order: l * TOPICS.length + i, ...STARTERS[topic][language] })),
);

const STARTER_BY_ID: ReadonlyMap<string, Template> = new Map(STARTER_TEMPLATES.map((starter) => [starter.id, starter]));

/**
 * The starters in `languages` that `list` lacks, placed after its last template.
 * Example: starterTemplatesToAdd(['de'], []) → the six German starters, order 0–5.
 */
export function starterTemplatesToAdd(languages: readonly TemplateLanguage[], list: readonly Template[]): Template[] {
  const present = new Set(list.map((template) => template.id));
  const first = list.reduce((max, template) => Math.max(max, template.order + 1), 0);
  return languages
    .flatMap((language) => TOPICS.map((topic) => STARTER_BY_ID.get(starterId(topic, language))!))
    .filter((starter) => !present.has(starter.id))
    .map((starter, i) => ({ ...starter, order: first + i }));
}

/** True for a starter whose title and text are still as shipped: its example policies are not the user's yet. */
export function isUneditedStarter(template: Template): boolean {
  const starter = STARTER_BY_ID.get(template.id);
  return starter !== undefined && starter.title === template.title && starter.body === template.body;
}
