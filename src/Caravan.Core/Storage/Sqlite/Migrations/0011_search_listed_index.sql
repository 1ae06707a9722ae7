-- Search: every match is checked against the filters before ranking. This covering index holds only
-- listed articles (not link-only, not duplicates) with the columns the filters read, so the check
-- reads a few small index pages instead of each article's row (title, text and html), about 4x faster.
CREATE INDEX ix_articles_listed ON articles (id, sort_at, source_id, language)
    WHERE link_only = 0 AND duplicate_of_id IS NULL;
