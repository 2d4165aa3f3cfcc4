-- grain: one row per outlet x day with both editorial and ad/teaser text.
-- definition: `js_divergence` = Jensen-Shannon divergence (log base 2, so in [0, 1]) between the
-- outlet-day's editorial and ad/teaser topic distributions of fct_topic_mix_daily, over classified
-- topics only (renormalised; null when a side has no classified characters); 0 = same mix, 1 = no
-- topic in common. `*_classified` = the share of each side's characters that is classified.
-- materialize: table order by day, outlet
with daily as (
    select * from fct_topic_mix_daily
),

classified as (
    select
        outlet,
        day,
        content_kind,
        topic,
        weighted_chars / sum(weighted_chars) over (partition by outlet, day, content_kind) as p,
    from daily
    where topic <> 'unclassified'
),

coverage as (
    select
        outlet,
        day,
        coalesce(sum(share) filter (
            where content_kind = 'editorial' and topic <> 'unclassified'), 0) as editorial_classified,
        coalesce(sum(share) filter (
            where content_kind = 'ad_teaser' and topic <> 'unclassified'), 0) as ad_teaser_classified,
        bool_or(content_kind = 'editorial') and bool_or(content_kind = 'ad_teaser') as both_kinds,
    from daily
    group by outlet, day
),

paired as (
    select
        coalesce(e.outlet, a.outlet) as outlet,
        coalesce(e.day, a.day) as day,
        coalesce(e.p, 0) as p,
        coalesce(a.p, 0) as q,
    from (select * from classified where content_kind = 'editorial') as e
    full outer join (select * from classified where content_kind = 'ad_teaser') as a
        on a.outlet = e.outlet and a.day = e.day and a.topic = e.topic
),

terms as (
    select
        outlet,
        day,
        -- x log2(x / m) with 0 log 0 = 0
        case when p > 0 then p * log2(p / ((p + q) / 2)) else 0 end as kl_p,
        case when q > 0 then q * log2(q / ((p + q) / 2)) else 0 end as kl_q,
    from paired
),

divergence as (
    select outlet, day, (sum(kl_p) + sum(kl_q)) / 2 as js_divergence,
    from terms
    group by outlet, day
),

final as (
    select
        coverage.outlet,
        coverage.day,
        case when coverage.editorial_classified > 0 and coverage.ad_teaser_classified > 0
            then divergence.js_divergence end as js_divergence,
        coverage.editorial_classified,
        coverage.ad_teaser_classified,
    from coverage
    left join divergence on divergence.outlet = coverage.outlet and divergence.day = coverage.day
    where coverage.both_kinds
)

select * from final
