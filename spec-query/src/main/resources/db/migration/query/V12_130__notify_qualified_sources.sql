-- Which sources each specification qualifies, for notify-outbox (issue 23): a source's certificate news goes to the
-- OEMs entitled to a specification that qualifies it. origin REVISION rows are replaced by every effective revision,
-- CHANGE rows (SourceQualified) stay; a disqualified source is news to nobody. Common SQL for H2 2.x and PostgreSQL.
CREATE TABLE notify_qualified_source (
    specification_id VARCHAR(200) NOT NULL,
    tier             VARCHAR(64)  NOT NULL,
    source_id        VARCHAR(200) NOT NULL,
    origin           VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_notify_qualified_source PRIMARY KEY (specification_id, tier, source_id, origin)
);
CREATE INDEX ix_notify_qualified_source_source ON notify_qualified_source (source_id, tier);

CREATE TABLE notify_disqualified_source (
    source_id VARCHAR(200) NOT NULL PRIMARY KEY
);

-- Filled from the read model of the same events so that certificate news reaches OEMs without a replay of
-- notify-outbox; the next such replay rebuilds both tables from the events alone.
INSERT INTO notify_qualified_source (specification_id, tier, source_id, origin)
SELECT DISTINCT specification_id, tier, source_id, CASE WHEN basis LIKE 'revision %' THEN 'REVISION' ELSE 'CHANGE' END
FROM q_sourcing_qualification WHERE status = 'QUALIFIED';

INSERT INTO notify_disqualified_source (source_id)
SELECT source_id FROM q_source WHERE disqualified_reason IS NOT NULL;
