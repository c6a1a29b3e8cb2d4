// How AWS CLI v2 ends a command that went wrong: what it writes to stderr and its exit code
// (awscli/errorhandler.py and awscli/constants.py). Each message is framed by blank lines, as v2 does.

export const EXIT = {
  /** A parameter or command line the CLI would not send (argparse, shorthand, paramfile, validation). */
  usage: 252,
  /** The service answered with an error (ClientError). */
  service: 254,
  /** Anything else: an unknown profile, invalid base64, an unreachable endpoint. */
  general: 255,
} as const;

export const USAGE =
  'aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n';

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly stderr: string,
    readonly exitCode: number,
  ) {
    super(stderr.trim());
  }
}

/** argparse's error: usage, a blank line, then `aws: error: …`. */
export const argumentError = (message: string) => new CliError(`\nusage: ${USAGE}\naws: error: ${message}\n\n`, EXIT.usage);

export const unknownOptions = (options: readonly string[]) => new CliError(`\nusage: ${USAGE}\nUnknown options: ${options.join(', ')}\n\n`, EXIT.usage);

/** awscli's ParamError, for a value it could not read. */
export const paramError = (cliName: string, message: string) => new CliError(`\nError parsing parameter '${cliName}': ${message}\n`, EXIT.usage);

/** botocore's ParamValidationError, for values that break the model's types or minimums. */
export const validationError = (problems: readonly string[]) => new CliError(`\nParameter validation failed:\n${problems.join('\n')}\n`, EXIT.usage);

export const generalError = (message: string) => new CliError(`\n${message}\n`, EXIT.general);

/** The line a service error gets: `An error occurred (DisabledException) when calling the Decrypt operation: …`. */
export const serviceError = (code: string, operation: string, message: string) =>
  new CliError(`\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`, EXIT.service);

/** argparse's "Invalid choice" list: two choices a line, each padded to 40 columns. */
export function invalidChoice(argument: string, value: string, choices: readonly string[]): CliError {
  const rows: string[] = [];
  for (let i = 0; i < choices.length; i += 2) rows.push(choices.slice(i, i + 2).map((choice) => choice.padEnd(40)).join(' | '));
  const close = closeMatches(value, choices);
  const hint = close.length > 0 ? `\n\n\nInvalid choice: '${value}', maybe you meant:\n\n${close.map((word) => `  * ${word}`).join('\n')}` : '';
  return argumentError(`argument ${argument}: Invalid choice, valid choices are:\n\n${rows.join('\n')}${hint}`);
}

/** difflib.SequenceMatcher's ratio (Ratcliff/Obershelp), for argparse's "maybe you meant". */
function ratio(a: string, b: string): number {
  const matches = (x: string, y: string): number => {
    let best = 0;
    let bestX = 0;
    let bestY = 0;
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < y.length; j++) {
        let k = 0;
        while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
        if (k > best) [best, bestX, bestY] = [k, i, j];
      }
    }
    if (best === 0) return 0;
    return best + matches(x.slice(0, bestX), y.slice(0, bestY)) + matches(x.slice(bestX + best), y.slice(bestY + best));
  };
  return a.length + b.length === 0 ? 1 : (2 * matches(a, b)) / (a.length + b.length);
}

function closeMatches(value: string, choices: readonly string[]): string[] {
  return choices
    .map((choice) => ({ choice, score: ratio(value, choice) }))
    .filter(({ score }) => score >= 0.8)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(({ choice }) => choice);
}
