-- Covers every column the indicator query reads, so a province of a million residents is counted
-- from this narrow index instead of the wide resident rows.
create index community_resident_indicators on community_resident
    (commune_id, village_id, trained_on, has_epayment, vneid_level2, uses_online_services, has_smartphone);
