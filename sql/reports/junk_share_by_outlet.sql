-- Junk and ad/teaser share of each outlet's pages per day (character-weighted).
-- params: $since, $until, $outlet (null = all)
select
    outlet,
    day,
    articles,
    junk_share,
    ad_teaser_share,
    teasers_per_article,
from fct_outlet_junk_daily
where ($since is null or day >= cast($since as date))
    and ($until is null or day <= cast($until as date))
    and ($outlet is null or outlet = $outlet)
order by outlet, day
