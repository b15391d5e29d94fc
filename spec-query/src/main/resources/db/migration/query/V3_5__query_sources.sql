CREATE TABLE q_source (
    source_id         VARCHAR(200) NOT NULL,
    name              VARCHAR(500),
    tier              VARCHAR(30)  NOT NULL,
    country           VARCHAR(10),
    supplies_to_json  VARCHAR(100000),
    CONSTRAINT pk_q_source PRIMARY KEY (source_id)
);
CREATE INDEX ix_q_source_tier ON q_source (tier, country);

-- One certificate per type and source: adding one of a type already held renews it.
-- Dates are ISO yyyy-mm-dd strings so that they compare in order on every database.
CREATE TABLE q_source_certificate (
    source_id    VARCHAR(200) NOT NULL,
    cert_type    VARCHAR(100) NOT NULL,
    cert_number  VARCHAR(200),
    issuer       VARCHAR(200),
    valid_from   VARCHAR(10),
    expires_on   VARCHAR(10),
    CONSTRAINT pk_q_source_certificate PRIMARY KEY (source_id, cert_type)
);
