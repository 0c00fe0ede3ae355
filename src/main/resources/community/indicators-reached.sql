-- Households reached by the digital team (at least one visit) per village (index-only on community_visit_household).
select v.village_id as village_id,
       count(distinct v.household_id) as reached
from community_visit v
where v.commune_id in (:communes)
group by v.village_id
