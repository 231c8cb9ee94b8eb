/**
 * `contentToBackground:delivery`: what the inbox tabs say about storing their observations, for
 * the popup. Held in memory only, an exception to the worker's rule: the store may be what fails.
 * After a worker restart a tab in trouble says so again with its next failed or given-up batch.
 */
import type { DeliveryHealth, MessageSender, RequestOf } from '@/core/messages';

const byPage = new Map<string, DeliveryHealth>();

/** The latest report of a tab of the Page wins; a report of no trouble clears it. */
export function handleDelivery({ pageId, delivery }: { pageId: string; delivery: DeliveryHealth }): null {
  if (delivery.storeFailure === null && delivery.droppedBatches === 0) byPage.delete(pageId);
  else byPage.set(pageId, delivery);
  return null;
}

/** The Page's delivery trouble; null when none was reported. */
export function deliveryOf(pageId: string): DeliveryHealth | null {
  return byPage.get(pageId) ?? null;
}

/** `contentToBackground:delivery` from a tab: kept for the Page its URL shows (none: dropped). */
export function deliveryFromTab({ delivery }: RequestOf<'contentToBackground:delivery'>, tab: MessageSender): null {
  return tab.pageId ? handleDelivery({ pageId: tab.pageId, delivery }) : null;
}
