import type { BrandMergeReport } from '../repositories/brandMerge';
import type { MovedReferences } from '../repositories/perfumeReferenceMoves';

const perfumes = (count: number) => `${count.toLocaleString('en-US')} perfume${count === 1 ? '' : 's'}`;

/** The report of `--merge-brands`, one string per line. */
export function formatBrandMergeReport(report: BrandMergeReport): string[] {
  if (report.merges.length + report.renamed.length === 0) return ['Brands: no house is split; nothing to merge'];
  const lines = [`Brands merged: ${report.merges.length}, renamed: ${report.renamed.length}`];
  for (const merge of report.merges) {
    const from = merge.merged.map((row) => `"${row.name}" (${perfumes(row.perfumes)})`).join(', ');
    lines.push(`  ${merge.brand} (#${merge.brandId}) ← ${from}: ${perfumes(merge.moved)} moved`);
    for (const collision of merge.collisions) {
      lines.push(`    "${collision.name}" in both: kept #${collision.keptId}, removed #${collision.removedId}`);
    }
  }
  for (const rename of report.renamed) lines.push(`  "${rename.from}" (#${rename.id}) → "${rename.to}"`);
  return lines;
}

/** The line about members' references that followed the removed perfumes. */
export function formatMovedReferences(moved: MovedReferences): string {
  return (
    `Members' references moved to the kept perfumes: wardrobe entries ${moved.wardrobeEntries} ` +
    `(${moved.wardrobeDuplicates} more dropped: the member already had the kept one), layering votes ${moved.layeringVotes}`
  );
}
