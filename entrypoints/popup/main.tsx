import { mountWithI18n } from '@/components/mount-with-i18n';
import { fetchLoaded, PopupApp } from '@/components/popup/PopupApp';
import './popup.css';

// Asked for at once: the answer is on its way while the first frame renders.
const firstLoad = fetchLoaded();

mountWithI18n(<PopupApp firstLoad={firstLoad} />);
