-- One entry per story in listings: finding a story's earliest listed report is a range scan here.
CREATE INDEX ix_articles_story_sort ON articles (story_id, sort_at, id);

-- A change counter for the web tier's page cache: every write that can change a page or a feed
-- bumps it inside the writing transaction, so a reader never sees new rows with an old counter.
-- Fetch bookkeeping (fetch_attempts, a source's schedule and validators) does not count.
CREATE TABLE store_changes (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL
);
INSERT INTO store_changes (id, version) VALUES (1, 0);
CREATE TRIGGER store_changes_articles_insert AFTER INSERT ON articles BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_articles_update AFTER UPDATE ON articles BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_articles_delete AFTER DELETE ON articles BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_tags_insert AFTER INSERT ON tags BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_tags_update AFTER UPDATE ON tags BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_tags_delete AFTER DELETE ON tags BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_stories_insert AFTER INSERT ON stories BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_stories_update AFTER UPDATE ON stories BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_stories_delete AFTER DELETE ON stories BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_sources_insert AFTER INSERT ON sources BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_sources_update AFTER UPDATE OF name, site_url, feed_url, enabled ON sources BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_sources_delete AFTER DELETE ON sources BEGIN UPDATE store_changes SET version = version + 1 WHERE id = 1; END;
