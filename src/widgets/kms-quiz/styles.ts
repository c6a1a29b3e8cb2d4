// The widget's styles, as text baked into the bundle (Vite `?inline`), adopted by each shadow root as
// one shared constructable stylesheet. Constructable sheets are not subject to CSP `style-src`, so
// the widget needs no <style> tag or 'unsafe-inline' on a host with a strict policy, nor inside
// KMS Lab itself; and a host page needs to load no CSS file.
import cardCss from '../../styles/question-card.css?inline';
import widgetCss from './widget.css?inline';

/** The shared question card's styles, then the widget's own (which feed the card its theme). */
export const widgetStyleText: string = `${cardCss}\n${widgetCss}`;

let shared: CSSStyleSheet[] | null | undefined;

/** The sheets to adopt, or null where the browser has no constructable stylesheets. */
export function widgetStyleSheets(): CSSStyleSheet[] | null {
  if (shared !== undefined) return shared;
  const supported = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in ShadowRoot.prototype;
  if (!supported) return (shared = null);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(widgetStyleText);
  return (shared = [sheet]);
}
