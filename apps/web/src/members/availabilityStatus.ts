import type { FieldStatus } from './TextField';
import type { Availability } from './useAvailability';

/** How an availability answer shows under its field. */
export function availabilityStatus(
  availability: Availability,
  availableText: string,
  checkingText: string,
): FieldStatus {
  switch (availability.status) {
    case 'available':
      return { success: availableText };
    case 'checking':
      return { pending: checkingText };
    case 'taken':
    case 'failed':
      return { errors: [availability.message] };
    case 'idle':
      return {};
  }
}
