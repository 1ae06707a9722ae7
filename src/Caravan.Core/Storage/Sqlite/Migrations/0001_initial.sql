-- Caravan schema, SQLite. Times are UTC ISO 8601 text ('2026-11-03T09:30:00.000Z'), which sorts correctly.
CREATE TABLE sources (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL,
    site_url                TEXT,
    feed_url                TEXT NOT NULL UNIQUE,
    kind                    TEXT NOT NULL,
    country_hint            TEXT,
    language_hint           TEXT,
    enabled                 INTEGER NOT NULL DEFAULT 1,
    etag                    TEXT,
    last_modified           TEXT,
    last_attempt_at         TEXT,
    last_success_at         TEXT,
    next_check_at           TEXT,
    consecutive_failures    INTEGER NOT NULL DEFAULT 0,
    last_error              TEXT,
    broken                  INTEGER NOT NULL DEFAULT 0,
    disabled_reason         TEXT,
    pending_redirect        TEXT,
    pending_redirect_count  INTEGER NOT NULL DEFAULT 0,
    lease_owner             TEXT,      -- work distribution (scale-out)
    lease_expires_at        TEXT,
    created_at              TEXT NOT NULL
);
CREATE INDEX ix_sources_due ON sources (enabled, next_check_at);

CREATE TABLE stories (
    id                INTEGER PRIMARY KEY,
    title             TEXT,
    first_article_id  INTEGER,
    first_seen_at     TEXT NOT NULL,
    last_seen_at      TEXT NOT NULL,
    article_count     INTEGER NOT NULL DEFAULT 0,
    closed            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    source_id           INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    item_key            TEXT NOT NULL,
    guid                TEXT,
    url                 TEXT,
    title               TEXT,
    byline              TEXT,
    published_at        TEXT,
    updated_at          TEXT,
    first_seen_at       TEXT NOT NULL,
    sort_at             TEXT NOT NULL,  -- published_at, else first_seen_at: the listing order
    language            TEXT,
    text                TEXT NOT NULL,
    html                TEXT,
    summary             TEXT,
    image_url           TEXT,
    image_credit        TEXT,
    dateline            TEXT,
    content_hash        TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    is_teaser           INTEGER NOT NULL DEFAULT 0,
    link_only           INTEGER NOT NULL DEFAULT 0,
    original_outlet     TEXT,
    original_url        TEXT,
    simhash             INTEGER,
    duplicate_of_id     INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    syndicated_from_id  INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    story_id            INTEGER REFERENCES stories (id) ON DELETE SET NULL,
    UNIQUE (source_id, item_key)
);
CREATE INDEX ix_articles_sort ON articles (sort_at DESC, id DESC);
CREATE INDEX ix_articles_source ON articles (source_id, sort_at DESC);
CREATE INDEX ix_articles_story ON articles (story_id);
CREATE INDEX ix_articles_url ON articles (url);
CREATE INDEX ix_articles_hash ON articles (content_hash);

CREATE TABLE article_versions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    title         TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    seen_at       TEXT NOT NULL,
    diff          TEXT,
    UNIQUE (article_id, version)
);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    score       REAL NOT NULL,
    why         TEXT,
    manual      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_id, kind, value)
);
CREATE INDEX ix_tags_value ON tags (kind, value, article_id);

CREATE TABLE fetch_attempts (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    status       TEXT NOT NULL,
    http_status  INTEGER,
    duration_ms  REAL NOT NULL,
    bytes        INTEGER NOT NULL,
    items_seen   INTEGER NOT NULL DEFAULT 0,
    items_new    INTEGER NOT NULL DEFAULT 0,
    error        TEXT
);
CREATE INDEX ix_fetch_attempts_source ON fetch_attempts (source_id, at DESC);

-- Full text over title and body, diacritics folded (Ä = A, ё = е), kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
