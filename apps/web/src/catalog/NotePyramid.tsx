import type { PerfumeDetail } from '@scentence/api/schemas';
import { NOTE_POSITION_LABELS, type NotePosition } from '@scentence/api/vocabulary';
import { dictionaryOf, type Locale, labelIn } from '../i18n/locale';
import { NoteChip } from './CatalogChips';

type Note = PerfumeDetail['notes'][number];

const PYRAMID: readonly NotePosition[] = ['top', 'middle', 'base'];

function tiersOf(notes: readonly Note[]): { position: NotePosition; notes: Note[] }[] {
  const layered = notes.some((note) => note.position !== 'flat');
  // Some perfumes list their notes without a pyramid: one flat list then. Mixed lists keep the
  // unplaced notes after the base.
  const order: readonly NotePosition[] = layered ? [...PYRAMID, 'flat'] : ['flat'];
  return order
    .map((position) => ({ position, notes: notes.filter((note) => note.position === position) }))
    .filter((tier) => tier.notes.length > 0);
}

/** Top, heart and base notes as a pyramid (or one list), every note linking to its page. */
export function NotePyramid({ notes, locale }: { notes: readonly Note[]; locale: Locale }) {
  const t = dictionaryOf(locale).perfumePage;
  const tiers = tiersOf(notes);
  if (tiers.length === 0) return <p className="muted">{t.noNotes}</p>;
  const flatOnly = tiers.every((tier) => tier.position === 'flat');
  return (
    <div className={`note-pyramid${flatOnly ? ' note-pyramid--flat' : ''}`} data-testid="note-pyramid">
      {tiers.map((tier) => {
        const label = NOTE_POSITION_LABELS.find((entry) => entry.key === tier.position);
        return (
          <section
            key={tier.position}
            className={`note-tier note-tier--${tier.position}`}
            data-testid="note-tier"
            data-position={tier.position}
            aria-labelledby={`note-tier-${tier.position}`}
          >
            <span className="note-tier__shape" aria-hidden="true" />
            <h3 className="note-tier__title" id={`note-tier-${tier.position}`}>
              {label ? labelIn(locale, label) : tier.position}
            </h3>
            <ul className="chips note-tier__notes">
              {tier.notes.map((note) => (
                <li key={note.slug}>
                  <NoteChip note={note} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
