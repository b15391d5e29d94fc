-- The sourcing group runs one sequence per part and one for the registry (SourcingSequencing). A receipt is
-- judged against the country the registry gave each source at the receipt's store position, whatever the
-- registry's sequence has handled by then: the countries by the position of the registration or relocation
-- that set them, and each lot's own position.
CREATE TABLE sourcing_source_country (
    source_id     VARCHAR(200) NOT NULL,
    from_position BIGINT       NOT NULL,
    country       VARCHAR(10)  NOT NULL,
    PRIMARY KEY (source_id, from_position)
);

ALTER TABLE sourcing_lot ADD COLUMN received_position BIGINT;
