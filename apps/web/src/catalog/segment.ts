/** A path segment as its page reads it: percent-decoded, or as it came when it is not valid encoding. */
export function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
