import { str } from '../shapes';

export const POLICY_NAME = str({ min: 1, max: 128, pattern: /^[\w]+$/ });
// AWS's pattern for policy text: tab, line feed, carriage return and U+0020–U+00FF.
// eslint-disable-next-line no-control-regex
export const POLICY_TEXT = str({ min: 1, max: 131072, pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/ });
