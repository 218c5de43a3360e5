import type { wardrobeFileFormatSchema } from '@scentence/api/schemas';
import { WARDROBE_FILE_FORMATS } from '@scentence/api/schemas';
import type { z } from 'zod';

export type WardrobeFileFormat = z.infer<typeof wardrobeFileFormatSchema>;

/**
 * The format of a chosen file: its extension when it names one of ours, otherwise what its
 * text looks like (JSON starts with a bracket or brace; anything else is read as CSV).
 */
export function fileFormatOf(fileName: string, content: string): WardrobeFileFormat {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const named = WARDROBE_FILE_FORMATS.find((format) => format === extension);
  if (named) return named;
  const first = content.trimStart().charAt(0);
  return first === '[' || first === '{' ? 'json' : 'csv';
}
