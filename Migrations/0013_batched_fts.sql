-- 0013_batched_fts: the writer indexes a batch of articles for full-text search with one
-- statement before it commits, instead of one article at a time as it inserts them.
--
-- SQLite 3.40's FTS5 writes its pending terms to disk at every statement savepoint, and
-- the trigger that indexed each new article made its INSERT a statement with a savepoint:
-- every article became a segment of its own, merged again and again (about a tenth of
-- the writer's time). While `article_fts_deferred` holds a row, a new article is not
-- indexed by the trigger; the writer inserts that row at the start of its transaction,
-- indexes every article it inserted (`INSERT INTO article_fts ... SELECT`) and deletes
-- the row before committing, so no other connection ever sees it: for everyone else the
-- trigger indexes every new article, as before, and the index holds the same articles.
CREATE TABLE article_fts_deferred (
    one  INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;
DROP TRIGGER article_fts_insert;
CREATE TRIGGER article_fts_insert AFTER INSERT ON article
WHEN NOT EXISTS (SELECT 1 FROM article_fts_deferred) BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
