import { mountWithI18n } from '@/components/mount-with-i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import './options.css';

mountWithI18n(<OptionsApp />, 'options_heading');
