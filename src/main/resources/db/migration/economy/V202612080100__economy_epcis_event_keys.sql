-- The role each identifier plays in an event (epc, parentID, inputEPC, epcClass, bizTransaction|type, ...),
-- for the EPCIS 2.0 MATCH_ and EQ_ query parameters; rows "role|identifier". Events stored before this table
-- existed are indexed at start by EventKeysBackfill.
create table economy_epcis_event_key (
    event_row_id   bigint       not null references economy_epcis_event (id),
    match_key      varchar(400) not null,
    primary key (event_row_id, match_key)
);
create index economy_epcis_event_key_key on economy_epcis_event_key (match_key);
