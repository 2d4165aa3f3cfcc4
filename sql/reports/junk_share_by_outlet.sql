-- Junk and ad/teaser share of each outlet's pages per day (character-weighted), with the coverage
-- ledger's gaps of that day (null on complete days) so the chart can shade them.
-- params: $since, $until, $outlet (null = all), $complete_only (true = only complete days)
with incomplete as (
    select day, gaps from fct_coverage_days where not complete
)

select
    junk.outlet,
    junk.day,
    junk.articles,
    junk.junk_share,
    junk.ad_teaser_share,
    junk.teasers_per_article,
    coalesce(incomplete.gaps, case when incomplete.day is not null then 'incomplete' end)
        as coverage_gap,
from fct_outlet_junk_daily as junk
left join incomplete on incomplete.day = junk.day
where ($since is null or junk.day >= cast($since as date))
    and ($until is null or junk.day <= cast($until as date))
    and ($outlet is null or junk.outlet = $outlet)
    and ($complete_only is null or not $complete_only or incomplete.day is null)
order by junk.outlet, junk.day
