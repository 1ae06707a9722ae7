-- Search: keep each article's tsvector in its own row (compressed when large) instead of the TOAST table.
-- Ranking reads the tsvector of every candidate match; out of line, each read is an index lookup and a fetch
-- of its chunks from pg_toast. Measured at 100,000 articles: ranking all 33,000 matches of a common word took
-- 1.4-2.1 s with TOASTed vectors and 0.4-0.6 s inline; a name widened to six spellings 107-187 ms and 78-117 ms.
-- PostgreSQL applies the storage setting to rows written from now on; `UPDATE articles SET title = title`
-- (or caravan export and import) moves the vectors of older rows inline.
ALTER TABLE articles ALTER COLUMN search SET STORAGE MAIN;
