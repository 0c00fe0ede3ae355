-- Resident indicators per village, for the communes asked for (shared by CommunityIndicators and bench/);
-- every column it reads is in community_resident_indicators, so PostgreSQL answers from the index alone.
select r.village_id as village_id,
       count(*) as residents,
       count(r.trained_on) as trained,
       sum(case when r.has_epayment then 1 else 0 end) as epayment,
       sum(case when r.vneid_level2 then 1 else 0 end) as vneid_level2,
       sum(case when r.uses_online_services then 1 else 0 end) as online_services,
       sum(case when r.has_smartphone then 1 else 0 end) as smartphone
from community_resident r
where r.commune_id in (:communes)
group by r.village_id
