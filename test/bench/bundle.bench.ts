/**
 * Bundle sizes, gzipped (zlib, default level): what the inbox page downloads from the extension
 * for the content script (inbox.js and any chunk it imports), and what opening the popup loads
 * (popup.html's module scripts and their chunks). Builds chrome-mv3 first when it is stale.
 */
import { builtCopy } from '../e2e/build';
import { gzippedBytes, jsFilesOf } from '../security/built-extension';
import { figure, type BenchFigure } from './figure';

export default async function bundleBench(): Promise<BenchFigure[]> {
  const dist = builtCopy('chrome');
  const content = gzippedBytes(jsFilesOf(dist, 'content-scripts/inbox.js')) / 1024;
  const popup = gzippedBytes(jsFilesOf(dist, 'popup.html')) / 1024;
  // Sizes do not vary between runs: one sample each.
  return [
    figure('bundle: content script, gzipped', [content], 'KB', 25, 'lower'),
    figure('bundle: popup JS, gzipped', [popup], 'KB', 60, 'lower'),
  ];
}
