-- Junk and ad/teaser shares lie in [0, 1] with ad/teaser inside junk, and the widget counts of
-- fct_outlet_widgets add up to the ad/teaser blocks of the analysed articles.
select 'junk share' as problem, outlet, day, junk_share as value
from fct_outlet_junk_daily
where junk_share < 0 or junk_share > 1 or ad_teaser_share < 0 or ad_teaser_share > junk_share + 1e-12
union all
select 'widget blocks', null, null, abs(
    (select coalesce(sum(blocks), 0) from fct_outlet_widgets)
    - (select count(*) from stg_blocks
        where content_group = 'ad_teaser' and doc_id in (select doc_id from int_articles))
) as value
having value <> 0
