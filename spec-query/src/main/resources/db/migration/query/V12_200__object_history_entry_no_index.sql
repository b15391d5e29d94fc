-- The workspace's live updates ask every second (specloop.ui.live-poll) for the newest history line,
-- SELECT MAX(entry_no) FROM object_history. Without an index on entry_no that read every line of the
-- history: about one line per event, so at 10^6 measurements over a million rows each second, whether
-- or not a page was open. With it the newest entry is the index's last leaf.
CREATE INDEX ix_object_history_entry_no ON object_history (entry_no);
