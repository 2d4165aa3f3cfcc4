-- grain: one row per source × day, every day from the source's first day to the last day any source has (gap days included).
-- definition: `fetched` = distinct documents the source yielded for that day (publication day, else ingest day); `expected` = median `fetched` of the source's previous 28 days (null with fewer than 3 days of history); `failed` / `quarantined` = distinct inputs whose fetch failed / that were quarantined on that run day, with `reasons`; `complete` = no failed fetch and `fetched` ≥ half of `expected`, except that a day still in progress (today in UTC, or later, when the model is built) is never below its baseline.
-- materialize: table order by day, source
with seen as (
    select doc_sources.source, documents.day, count(distinct doc_sources.doc_id) as fetched
    from doc_sources
    inner join stg_documents as documents on documents.doc_id = doc_sources.doc_id
    group by all
),

events as (
    select
        source,
        day,
        count(distinct origin) filter (where outcome = 'failed') as failed,
        count(distinct origin) filter (where outcome = 'quarantined') as quarantined,
        string_agg(distinct reason, '; ' order by reason) as reasons,
    from coverage_events
    group by all
),

days as (
    select source, day from seen
    union
    select source, day from events
),

bounds as (
    select
        source,
        min(day) as first_day,
        (select max(day) from days) as last_day,
    from days
    group by source
),

spine as (
    select source, cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as day
    from bounds
),

joined as (
    select
        spine.source,
        spine.day,
        coalesce(seen.fetched, 0) as fetched,
        coalesce(events.failed, 0) as failed,
        coalesce(events.quarantined, 0) as quarantined,
        events.reasons,
    from spine
    left join seen on seen.source = spine.source and seen.day = spine.day
    left join events on events.source = spine.source and events.day = spine.day
),

baseline as (
    select
        *,
        median(fetched) over history as baseline,
        count(*) over history as history_days,
        -- today (UTC) is still being fetched: its count is partial, not a gap
        day >= cast(timezone('UTC', now()) as date) as in_progress,
    from joined
    window history as (partition by source order by day rows between 28 preceding and 1 preceding)
),

final as (
    select
        source,
        day,
        case when history_days >= 3 then baseline end as expected,
        fetched,
        failed,
        quarantined,
        reasons,
        failed = 0
            and (history_days < 3 or in_progress or fetched >= 0.5 * baseline) as complete,
        case
            when failed > 0 then 'fetch failures'
            when in_progress then null
            when history_days >= 3 and fetched = 0 and baseline > 0 then 'no documents'
            when history_days >= 3 and fetched < 0.5 * baseline then 'below baseline'
        end as gap,
    from baseline
)

select * from final
