-- 0015_member_summary_count: an event's member summary says how many mentions it was made
-- from, instead of a trigger deleting it whenever a mention is inserted.
--
-- The trigger `event_member_summary_mention_insert` ran a trigger program for every row
-- inserted into `event_mention` (and made each insert keep a statement journal), about a
-- third of the cost of the insert, although a new mention almost always starts an event of
-- its own, which has no summary to delete. A summary now records `members`, the number of
-- the event's mentions it summarises, and is read as valid only while the event still has
-- that many (`Store.memberSummary`): inserting a mention, by the writer or by hand in the
-- sqlite3 shell, makes the count differ, which is what the trigger's delete stood for. A
-- deleted or changed mention still deletes the summary (the other triggers stay), so
-- removing one and inserting another cannot leave the count right by chance. The summaries
-- stored so far were valid (the trigger kept them so): they take their event's count.
DROP TRIGGER event_member_summary_mention_insert;
ALTER TABLE event_member_summary ADD COLUMN members INTEGER;  -- mentions summarised; NULL: none valid
UPDATE event_member_summary
SET members = (SELECT count(*) FROM event_mention m WHERE m.event_id = event_member_summary.event_id);
