-- Topic mix of editorial text against ad/teaser content per outlet: the character-weighted share of
-- each topic over all of the outlet's articles.
-- params: $since, $until, $outlet (null = all)
with selected as (
    select * from fct_topic_mix_daily
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
)

select
    outlet,
    content_kind,
    topic,
    sum(weighted_chars) / sum(sum(weighted_chars)) over (partition by outlet, content_kind) as share,
from selected
group by outlet, content_kind, topic
order by outlet, content_kind, share desc
