-- recom_db: recommendation state (chat, layering feedback). Its tables arrive with their features.
CREATE TABLE IF NOT EXISTS recom_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
