import type { DeliveryHealth } from '@/core/messages';
import { pluralKey, useI18n } from '../i18n';

/** True when the inbox tabs reported that their observations are not (all) being saved. */
export function hasDeliveryTrouble(delivery: DeliveryHealth | null): delivery is DeliveryHealth {
  return delivery !== null && (delivery.storeFailure !== null || delivery.droppedBatches > 0);
}

/** Says in words why what the inbox shows is not being saved, and how many batches were given up. */
export function DeliveryNotice({ delivery }: { delivery: DeliveryHealth }) {
  const { t, locale } = useI18n();
  const dropped = delivery.droppedBatches;
  return (
    <section class="health delivery" role="alert" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">{t('popup_delivery_heading')}</h2>
      {delivery.storeFailure && <p>{t(delivery.storeFailure === 'quota' ? 'popup_delivery_quota' : 'popup_delivery_write')}</p>}
      {dropped > 0 && <p>{t(pluralKey('popup_delivery_dropped', dropped, locale), [dropped])}</p>}
    </section>
  );
}
