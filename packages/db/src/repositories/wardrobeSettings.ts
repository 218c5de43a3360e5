import type { WardrobeSettings } from '@scentence/api/schemas';
import type { Sql } from '../connections';

/** A member who never changed the settings uses the wardrobe for recommendations. */
export const DEFAULT_WARDROBE_SETTINGS: WardrobeSettings = { useForRecommendations: true };

export async function findWardrobeSettings(sql: Sql, memberId: string): Promise<WardrobeSettings> {
  const [row] = await sql<WardrobeSettings[]>`
    SELECT use_for_recommendations AS "useForRecommendations" FROM wardrobe_settings WHERE member_id = ${memberId}`;
  return row ?? DEFAULT_WARDROBE_SETTINGS;
}

export async function saveWardrobeSettings(
  sql: Sql,
  memberId: string,
  settings: WardrobeSettings,
): Promise<WardrobeSettings> {
  const [row] = await sql<WardrobeSettings[]>`
    INSERT INTO wardrobe_settings (member_id, use_for_recommendations)
    VALUES (${memberId}, ${settings.useForRecommendations})
    ON CONFLICT (member_id) DO UPDATE SET
      use_for_recommendations = excluded.use_for_recommendations, updated_at = now()
    RETURNING use_for_recommendations AS "useForRecommendations"`;
  return row as WardrobeSettings;
}
