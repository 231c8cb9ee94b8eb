/**
 * The user's settings: targets, opening hours, notifications. Stored in extension storage
 * (not IndexedDB: they are small and read at start-up), per Page with a default for Pages
 * not yet configured.
 */
import { DEFAULT_METRIC_SETTINGS, type MetricSettings } from '@/core/metrics/types';

export interface Settings extends MetricSettings {
  /** Opt-in notifications (a conversation turns "soon", the Page turns at-risk). */
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_METRIC_SETTINGS, notifications: false };
