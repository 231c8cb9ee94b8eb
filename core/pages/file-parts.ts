/**
 * Export and import files held in the worker while they travel in parts (core/file-transfer.ts).
 * One of each direction at a time: a new transfer drops one the options page abandoned, so an
 * interrupted transfer does not keep tens of MiB in memory.
 */
import { MAX_BACKUP_BYTES, textParts } from '@/core/file-transfer';
import { localeText } from './locale-text';

let outgoing: { transferId: string; parts: string[] } | null = null;
let incoming: { transferId: string; parts: string[]; chars: number } | null = null;

/** A lost transfer (the worker restarted in between, or another one replaced it): the user tries again. */
function lost(): Error {
  return new Error(localeText('transfer_error_lost'));
}

/** Keeps `text` for the options page to fetch part by part; returns how to ask for them. */
export function holdForSending(text: string): { transferId: string; parts: number } {
  const transferId = crypto.randomUUID();
  outgoing = { transferId, parts: textParts(text) };
  return { transferId, parts: outgoing.parts.length };
}

/** One part of the held file; the last one lets it go. */
export function partToSend(transferId: string, index: number): string {
  if (outgoing?.transferId !== transferId) throw lost();
  const part = outgoing.parts[index];
  if (part === undefined) throw lost();
  if (index === outgoing.parts.length - 1) outgoing = null;
  return part;
}

/** Takes the next part of a file coming in; refuses it once the whole would be larger than an import reads. */
export function receivePart(transferId: string, index: number, text: string): void {
  if (index === 0) incoming = { transferId, parts: [], chars: 0 };
  if (incoming?.transferId !== transferId || incoming.parts.length !== index) throw lost();
  incoming.chars += text.length;
  if (incoming.chars > MAX_BACKUP_BYTES) {
    incoming = null;
    throw new Error(localeText('import_error_too_large'));
  }
  incoming.parts.push(text);
}

/** The whole file once all `parts` came in, and lets it go. */
export function receivedText(transferId: string, parts: number): string {
  if (incoming?.transferId !== transferId || incoming.parts.length !== parts) throw lost();
  const text = incoming.parts.join('');
  incoming = null;
  return text;
}
