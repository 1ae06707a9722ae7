-- A near-duplicate from the same outlet under another key (a re-posted, edited report) is a later
-- version of the first one: it points at it, and listings show only the latest of the chain.
ALTER TABLE articles ADD COLUMN version_of_id bigint REFERENCES articles (id) ON DELETE SET NULL;
CREATE INDEX ix_articles_version_of ON articles (version_of_id);
CREATE INDEX ix_articles_duplicate_of ON articles (duplicate_of_id);
CREATE INDEX ix_articles_syndicated_from ON articles (syndicated_from_id);
