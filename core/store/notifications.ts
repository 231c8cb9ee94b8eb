/** The log of warnings already shown, so the same event is never announced twice. */
import { openStore } from './connection';

/** Records the event; true when it was new (show it), false when it was already shown. */
export async function claimNotification(key: string, pageId: string, at: number): Promise<boolean> {
  const db = await openStore();
  const tx = db.transaction('notifications', 'readwrite');
  const known = await tx.store.get(key);
  if (!known) await tx.store.put({ key, pageId, at });
  await tx.done;
  return !known;
}
