-- One entry per story in listings: finding a story's earliest listed report is a range scan here.
CREATE INDEX ix_articles_story_sort ON articles (story_id, sort_at, id);

-- A change counter for the web tier's page cache. A sequence, not a counter row: several workers
-- ingest at once and a row would serialise their transactions. nextval() is not transactional, so
-- the web tier also bounds a cached page's age (see Caravan.Web's RenderCache).
-- Fetch bookkeeping (fetch_attempts, a source's schedule and validators) does not count.
CREATE SEQUENCE store_change_seq;
CREATE FUNCTION note_store_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('store_change_seq');
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_changed AFTER INSERT OR UPDATE OR DELETE ON articles FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
CREATE TRIGGER tags_changed AFTER INSERT OR UPDATE OR DELETE ON tags FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
CREATE TRIGGER stories_changed AFTER INSERT OR UPDATE OR DELETE ON stories FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
CREATE TRIGGER sources_changed AFTER INSERT OR DELETE OR UPDATE OF name, site_url, feed_url, enabled ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
