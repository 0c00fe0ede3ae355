-- Households per village (an index-only scan of community_household_commune).
select h.village_id as village_id,
       count(*) as households
from community_household h
where h.commune_id in (:communes)
group by h.village_id
