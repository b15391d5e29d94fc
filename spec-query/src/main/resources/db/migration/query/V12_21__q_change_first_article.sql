-- Issue 23 item 3: requalification records of source changes. The latest issue of each change's AS9102 first
-- article record as JSON (Forms 1-3), what the plan asks for (first article, PPAP level) and, on an approved
-- change, the issue of the first article record the approver signed.
CREATE TABLE q_change_first_article (
    change_id   VARCHAR(200) NOT NULL PRIMARY KEY,
    issue       INTEGER      NOT NULL,
    verdict     VARCHAR(20)  NOT NULL,
    record_json VARCHAR      NOT NULL,
    recorded_by VARCHAR(200),
    recorded_at TIMESTAMP WITH TIME ZONE
);

ALTER TABLE q_change ADD COLUMN first_article_required BOOLEAN;
ALTER TABLE q_change ADD COLUMN ppap_level INTEGER;
ALTER TABLE q_change ADD COLUMN approved_first_article_json VARCHAR(2000);
