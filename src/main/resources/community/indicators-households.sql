-- Households and households reached by the digital team (at least one visit) per village.
select h.village_id as village_id,
       count(*) as households,
       count(v.household_id) as reached
from community_household h
left join (select distinct household_id from community_visit where commune_id in (:communes)) v
       on v.household_id = h.id
where h.commune_id in (:communes)
group by h.village_id
