/**
 * The background worker: thin wiring. Every feature lives in a file of its own beside this one;
 * nothing needed after a restart lives only in memory (MV3 stops the worker after ~30 s idle),
 * except the tabs' delivery health (delivery.ts): the store may be what fails, and tabs repeat it.
 *
 * What it pushes, and when:
 * - `backgroundToContent:threadStates` to every open inbox tab of a Page: the states of the threads
 *   a stored batch changed, after each one; every waiting conversation of the Page (all channels)
 *   after a settings or Away change and once a minute (alarm `replyclock-tick`) for every Page open
 *   in a tab or seen in the last day. A tab starting on a Page asks for every state itself;
 * - the toolbar badge of those tabs at the same moments, and of a tab when it is activated or
 *   its URL changes;
 * - warnings (opt-in) at the same moments, each event once.
 * Once a day (alarm `replyclock-prune`) everything older than 90 days is deleted (core/store/prune.ts).
 */
import { browser } from 'wxt/browser';
import { handleMessages } from '@/core/messages';
import { isConversationInbox, pageIdOf } from '@/core/inbox/inbox-url';
import { deleteAllData, importData, startExport } from '@/core/pages/data-transfer';
import { partToSend, receivedText, receivePart } from '@/core/pages/file-parts';
import { healthFromTab, observeFromTab, statesForTab } from '@/core/pages/observe';
import { getSettings, getTemplates, putSettings, putTemplates, switchAway, templateUsed } from '@/core/pages/options';
import { buildOverview, pageList } from '@/core/pages/overview';
import { refreshTabBadge } from '@/core/pages/publish';
import { ensureAlarms, onAlarm } from '@/core/pages/schedule';
import { focusInboxTab } from '@/core/pages/tabs';
import { warningPageId } from '@/core/pages/warnings';
import { deliveryFromTab } from '@/core/pages/delivery';
import { listAgentNames, putAgentNames } from '@/core/pages/agent-names';
import { loadPageReport } from '@/core/pages/report';

function report(what: string): (error: unknown) => void {
  return (error) => console.warn(`ReplyClock: ${what} failed`, error);
}

function inboxPageOf(url: string | undefined): string | null {
  return url && isConversationInbox(url) ? pageIdOf(url) : null;
}

export default defineBackground(() => {
  handleMessages({
    'contentToBackground:observe': (batch, tab) => observeFromTab(batch, tab, Date.now()),
    'contentToBackground:health': (payload, tab) => healthFromTab(payload, tab, Date.now()),
    'contentToBackground:threadStates': (_payload, tab) => statesForTab(tab, Date.now()),
    'contentToBackground:delivery': (payload, tab) => deliveryFromTab(payload, tab),
    'popupToBackground:overview': ({ pageId }) => buildOverview(pageId, Date.now()),
    'popupToBackground:templateUsed': templateUsed,
    'uiToBackground:templates': getTemplates,
    'uiToBackground:pages': pageList,
    'optionsToBackground:saveTemplates': putTemplates,
    'optionsToBackground:settings': getSettings,
    'optionsToBackground:saveSettings': (payload) => putSettings(payload, Date.now()),
    'optionsToBackground:setAway': (payload) => switchAway(payload, Date.now()),
    'optionsToBackground:export': ({ format }) => startExport(format, Date.now()),
    'optionsToBackground:exportPart': ({ transferId, index }) => ({ text: partToSend(transferId, index) }),
    'optionsToBackground:importPart': ({ transferId, index, text }) => { receivePart(transferId, index, text); return null; },
    'optionsToBackground:import': ({ transferId, parts }) => importData(receivedText(transferId, parts), Date.now()),
    'optionsToBackground:deleteAll': deleteAllData,
    'optionsToBackground:agentNames': listAgentNames,
    'optionsToBackground:saveAgentNames': putAgentNames,
    'reportToBackground:report': ({ pageId }) => loadPageReport(pageId, Date.now()),
  });

  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name, Date.now()).catch(report(`alarm ${alarm.name}`)));
  void ensureAlarms().catch(report('scheduling alarms'));

  browser.notifications.onClicked.addListener((notificationId) => {
    const pageId = warningPageId(notificationId);
    if (pageId) void focusInboxTab(pageId).catch(report('opening the inbox'));
    void browser.notifications.clear(notificationId);
  });

  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => refreshTabBadge(tabId, inboxPageOf(tab.url), Date.now())).catch(report('toolbar badge'));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'complete') return;
    void refreshTabBadge(tabId, inboxPageOf(change.url ?? tab.url), Date.now()).catch(report('toolbar badge'));
  });
});
