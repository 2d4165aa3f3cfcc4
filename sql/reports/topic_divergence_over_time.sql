-- Jensen-Shannon divergence between editorial and ad/teaser topic mix per outlet and day.
-- params: $since, $until, $outlet (null = all)
select
    outlet,
    day,
    js_divergence,
    editorial_classified,
    ad_teaser_classified,
from fct_topic_divergence
where js_divergence is not null
    and ($since is null or day >= cast($since as date))
    and ($until is null or day <= cast($until as date))
    and ($outlet is null or outlet = $outlet)
order by outlet, day
