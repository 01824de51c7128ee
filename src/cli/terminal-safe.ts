/**
 * Text bound for a terminal with every control sequence removed but cmalt's own: colours
 * (`ESC [ … m`) and erasing the line (`ESC [ K`) for the progress bar. A heading or file name
 * holding `ESC [2J` or an OSC title sequence is then shown, never obeyed. JSON and SARIF escape
 * control characters themselves, so they pass through unchanged.
 */
export function terminalSafe(text: string, colour = true): string {
  return text.replace(UNSAFE, (match) => (colour && OWN.test(match) ? match : ''));
}

/* eslint-disable no-control-regex -- control characters are what this removes */
const UNSAFE =
  /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const OWN = /^\x1b\[(?:[0-9;]*m|K)$/;
/* eslint-enable no-control-regex */

/**
 * A stream whose writes go through `terminalSafe`; when `colour()` says cmalt draws no colour,
 * no escape sequence at all reaches the stream.
 */
export function safeStream<S extends { write(text: string): unknown; isTTY?: boolean }>(
  stream: S,
  colour: () => boolean,
): { write(text: string): unknown; isTTY?: boolean } {
  return {
    write: (text: string) => stream.write(terminalSafe(text, colour())),
    get isTTY() {
      return stream.isTTY;
    },
  };
}
