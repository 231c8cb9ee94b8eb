import { mountWithI18n } from '@/components/mount-with-i18n';
import { ReportApp } from '@/components/report/ReportApp';
import './report.css';

mountWithI18n(<ReportApp pageId={new URLSearchParams(location.search).get('page')} />, 'report_title');
