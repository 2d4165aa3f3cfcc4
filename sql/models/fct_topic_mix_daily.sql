-- grain: one row per outlet x day x content kind (editorial | ad_teaser) x topic.
-- definition: `share` = the topic's probability-weighted characters / all characters of that content
-- kind in the outlet's articles that day (the per-article weights of fct_topic_mix, summed); shares
-- sum to 1 per outlet x day x content kind; 'unclassified' holds low-confidence units.
-- materialize: table order by day, outlet
with mix as (
    select * from fct_topic_mix
),

summed as (
    select
        outlet,
        day,
        content_kind,
        topic,
        count(*) as articles,  -- fct_topic_mix has one row per article here: no distinct needed
        sum(weighted_chars) as weighted_chars,
    from mix
    group by outlet, day, content_kind, topic
),

final as (
    select
        *,
        weighted_chars / sum(weighted_chars) over (partition by outlet, day, content_kind) as share,
    from summed
)

select * from final
