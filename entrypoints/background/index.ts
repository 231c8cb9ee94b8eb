/**
 * The background worker: thin wiring of core/pages. Nothing needed after a restart lives only in
 * memory (MV3 stops the worker after ~30 s idle) but the tabs' delivery health, which they repeat.
 * It pushes thread states and the toolbar badge to a Page's inbox tabs after each stored batch, a
 * settings or Away change, and once a minute (alarm `replyclock-tick`); sends opt-in warnings;
 * opens the first-run page on install; prunes once a day (alarm `replyclock-prune`).
 */import { browser } from 'wxt/browser';
import { handleMessages } from '@/core/messages';
import { inboxPageIdOf } from '@/core/inbox/inbox-url';
import { deleteAllData, importData, startExport } from '@/core/pages/data-transfer';
import { partToSend, receivedText, receivePart } from '@/core/pages/file-parts';
import { healthFromTab, observeFromTab, statesForTab } from '@/core/pages/observe';
import { getSettings, getTemplates, putSettings, putTemplates, switchAway, templateUsed } from '@/core/pages/options';
import { buildOverview, openConversationStanding, pageList } from '@/core/pages/overview';
import { refreshTabBadge } from '@/core/pages/publish';
import { ensureAlarms, onAlarm } from '@/core/pages/schedule';
import { focusInboxTab } from '@/core/pages/tabs';
import { warningPageId } from '@/core/pages/warnings';
import { deliveryFromTab } from '@/core/pages/delivery';
import { firstRunPageAfter } from '@/core/pages/first-run';
import { listAgentNames, putAgentNames } from '@/core/pages/agent-names';
import { loadPageReport } from '@/core/pages/report';

function report(what: string): (error: unknown) => void {
  return (error) => console.warn(`ReplyClock: ${what} failed`, error);
}

export default defineBackground(() => {
  handleMessages({
    'contentToBackground:observe': (batch, tab) => observeFromTab(batch, tab, Date.now()),
    'contentToBackground:health': (payload, tab) => healthFromTab(payload, tab, Date.now()),
    'contentToBackground:threadStates': (_payload, tab) => statesForTab(tab, Date.now()),
    'contentToBackground:delivery': (payload, tab) => deliveryFromTab(payload, tab),
    'uiToBackground:overview': ({ pageId }) => buildOverview(pageId, Date.now()),
    'popupToBackground:standing': ({ pageId, threadId }) => openConversationStanding(pageId, threadId, Date.now()),
    'popupToBackground:templateUsed': templateUsed,
    'uiToBackground:templates': getTemplates,
    'uiToBackground:pages': pageList,
    'optionsToBackground:saveTemplates': putTemplates,
    'uiToBackground:settings': getSettings,
    'uiToBackground:saveSettings': (payload) => putSettings(payload, Date.now()),
    'uiToBackground:setAway': (payload) => switchAway(payload, Date.now()),
    'optionsToBackground:export': ({ format }) => startExport(format, Date.now()),
    'optionsToBackground:exportPart': ({ transferId, index }) => ({ text: partToSend(transferId, index) }),
    'optionsToBackground:importPart': ({ transferId, index, text }) => { receivePart(transferId, index, text); return null; },
    'optionsToBackground:import': ({ transferId, parts }) => importData(receivedText(transferId, parts), Date.now()),
    'optionsToBackground:deleteAll': deleteAllData,
    'optionsToBackground:agentNames': listAgentNames,
    'optionsToBackground:saveAgentNames': putAgentNames,
    'reportToBackground:report': ({ pageId }) => loadPageReport(pageId, Date.now()),
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    const page = firstRunPageAfter(reason);
    if (page) void browser.tabs.create({ url: browser.runtime.getURL(page) }).catch(report('opening the first-run page'));
  });

  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name, Date.now()).catch(report(`alarm ${alarm.name}`)));
  void ensureAlarms().catch(report('scheduling alarms'));

  browser.notifications.onClicked.addListener((notificationId) => {
    const pageId = warningPageId(notificationId);
    if (pageId) void focusInboxTab(pageId).catch(report('opening the inbox'));
    void browser.notifications.clear(notificationId);
  });

  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => refreshTabBadge(tabId, inboxPageIdOf(tab.url), Date.now())).catch(report('toolbar badge'));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'complete') return;
    void refreshTabBadge(tabId, inboxPageIdOf(change.url ?? tab.url), Date.now()).catch(report('toolbar badge'));
  });
});
