-- grain: one row per day of the coverage ledger.
-- definition: `complete` = every source is complete that day in `fct_coverage_daily`; restrict any metric to complete days with `where day in (select day from fct_coverage_days where complete)`.
-- materialize: table order by day
with daily as (
    select * from fct_coverage_daily
),

final as (
    select
        day,
        count(*) as sources,
        count(*) filter (where complete) as complete_sources,
        bool_and(complete) as complete,
        string_agg(source || ': ' || gap, '; ' order by source) filter (where gap is not null) as gaps,
    from daily
    group by day
)

select * from final
