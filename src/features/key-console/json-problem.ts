// Where a key policy's JSON breaks, in words a learner can act on: "Line 3, column 2: …". The editor
// marks the same spot; this text is what is announced and what stays visible beside the editor.

export interface JsonProblem {
  /** Offset in the text (UTF-16 code units) where the parser stopped. */
  position: number;
  line: number;
  column: number;
  message: string;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The first JSON syntax error in `text`, or null when it parses. */
export function jsonProblem(text: string): JsonProblem | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // V8 says "… in JSON at position 11 (line 3 column 2)"; other engines say less, and an empty
    // text has no position at all: then the end of the text is where more was expected.
    const match = /at position (\d+)/.exec(error.message);
    const position = Math.min(match ? Number(match[1]) : text.length, text.length);
    const message = error.message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return { position, ...lineAndColumn(text, position), message };
  }
}
