/**
 * The exit codes of the command-line tools and of a service whose configuration is wrong, from
 * BSD's sysexits.h, so scripts can tell a typo from a busy data directory.
 */
export const EXIT_CODES = {
  /** Something failed while running (a write, a computation). */
  failure: 1,
  /** The command line is wrong (unknown argument, bad option value). */
  usage: 64,
  /** The input file is not in a format the tool reads. */
  badInput: 65,
  /** The input file cannot be read. */
  noInput: 66,
  /** The data directory is in use by the running system; try again when it is stopped. */
  busy: 75,
  /** A configuration variable is missing or wrong. */
  config: 78,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Prints the message on stderr and ends the process with the code. */
export function exitWith(message: string, code: ExitCode): never {
  console.error(message);
  process.exit(code);
}
