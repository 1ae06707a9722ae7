-- Editors' corrections from the desk. They win over the automatic stages, also after re-ingest.
-- A tag added ('add') or removed ('remove') by an editor; ingest re-applies these after re-tagging.
CREATE TABLE tag_corrections (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('Add', 'Remove')),
    editor      TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, value)
);
-- A story merged into another keeps its row (so its id is never reused and old links still lead somewhere).
ALTER TABLE stories ADD COLUMN merged_into_id INTEGER REFERENCES stories (id) ON DELETE SET NULL;
-- An article an editor split out of a story: linking never moves it again.
ALTER TABLE articles ADD COLUMN story_pinned INTEGER NOT NULL DEFAULT 0;
-- Bearer tokens for /api/v1 write calls: only the SHA-256 of the 256-bit random token is kept.
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_name   TEXT NOT NULL COLLATE NOCASE,
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE INDEX ix_api_tokens_user ON api_tokens (user_name);
-- An editor's fixed interval between checks of a source; NULL lets the schedule adapt.
ALTER TABLE sources ADD COLUMN refresh_interval_minutes INTEGER CHECK (refresh_interval_minutes > 0);
