-- grain: one row per day.
-- definition: all outlets' coverage that day counted three ways: `raw_articles`, `distinct_stories` (a story with members on several days counts on each), `original_stories` (stories without wire copy whose first article appeared that day); plus `outlets` and `wire_articles`.
-- materialize: table order by day
with members as (
    select * from stg_story_members where is_latest_version
),

final as (
    select
        day,
        count(*) as raw_articles,
        count(distinct story_id) as distinct_stories,
        count(distinct story_id) filter (where is_original) as original_stories,
        count(distinct outlet) as outlets,
        count(*) filter (where wire_agency is not null) as wire_articles,
    from members
    group by day
)

select * from final
