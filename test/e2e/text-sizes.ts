/**
 * Text that reads too small: every visible element with its own text whose computed font size is
 * under `min` px, the first dozen (Chrome gives extension pages `body { font-size: 75% }`,
 * Firefox does not). Self-contained, so it can be passed to a Chromium page or a Firefox tab as it is.
 */
export function textsSmallerThan(min: number): string[] {
  return [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => !el.closest('svg, .visually-hidden, option') && el.getClientRects().length > 0)
    .filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim()))
    .map((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), text: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"` }))
    .filter(({ size }) => size < min)
    .map(({ size, text }) => `${text} ${size}px`)
    .slice(0, 12);
}
