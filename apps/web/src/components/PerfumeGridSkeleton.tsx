import '../bottle/perfumePicture.css';
import './perfumeCard.css';

/** Placeholder cards while the first page loads, so the layout does not jump. */
export function PerfumeGridSkeleton({ count, label }: { count: number; label: string }) {
  return (
    <div className="perfume-grid" aria-busy="true">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={index} className="perfume-card perfume-card--skeleton" aria-hidden="true">
          <div className="perfume-picture perfume-card__picture" />
          <div className="perfume-card__body">
            <span className="skeleton-line skeleton-line--short" />
            <span className="skeleton-line" />
            <span className="skeleton-line skeleton-line--bar" />
            <span className="skeleton-line skeleton-line--bar" />
          </div>
        </div>
      ))}
    </div>
  );
}
