-- The coverage ledger counts every document each source yielded exactly once, and a day with a
-- failed fetch is never complete.
with ledger as (
    select source, sum(fetched) as fetched from fct_coverage_daily group by source
),

seen as (
    select source, count(distinct doc_id) as fetched from doc_sources group by source
)

select coalesce(ledger.source, seen.source) as source, ledger.fetched, seen.fetched as expected
from ledger
full join seen on seen.source = ledger.source
where coalesce(ledger.fetched, 0) <> coalesce(seen.fetched, 0)
union all
select source, failed, 0
from fct_coverage_daily
where complete and failed > 0
