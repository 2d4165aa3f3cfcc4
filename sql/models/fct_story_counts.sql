-- grain: one row per outlet × day.
-- definition: the outlet's coverage counted three ways: `raw_articles` (stored documents, latest version of each URL), `distinct_stories` (distinct stories among them), `original_articles` (articles that started a story with no wire copy); plus `wire_articles` (carrying a wire tagline) and `other_language` (stored, not analysed as English).
-- materialize: table order by day, outlet
with members as (
    select * from stg_story_members where is_latest_version
),

final as (
    select
        outlet,
        day,
        count(*) as raw_articles,
        count(distinct story_id) as distinct_stories,
        count(*) filter (where is_original) as original_articles,
        count(*) filter (where wire_agency is not null) as wire_articles,
        count(*) filter (where not analysed) as other_language,
    from members
    group by outlet, day
)

select * from final
