-- The language a person chose in chat ("language fr" or the language card), kept per tenant and
-- Entra user: everything the bot sends them later is written in it. Without a choice the bot
-- follows the locale of their Teams client. Export links remember the language of the chair who
-- asked, for the column headings of the file.

CREATE TABLE person_languages (
  tenant_id text NOT NULL CHECK (char_length(tenant_id) BETWEEN 1 AND 100),
  aad_object_id text NOT NULL CHECK (char_length(aad_object_id) BETWEEN 1 AND 100),
  language text NOT NULL CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, aad_object_id)
);

ALTER TABLE download_links
  ADD COLUMN language text NOT NULL DEFAULT 'en'
  CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es', 'qps-ploc'));
