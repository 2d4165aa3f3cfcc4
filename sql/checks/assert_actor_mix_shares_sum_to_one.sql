-- Stance and prominence shares sum to 1 per actor x outlet x day, and both count every quote of
-- fct_quote_frequency (direct + indirect) exactly once.
with frequency as (
    select actor_id, outlet, day, quotes + indirect_quotes as quotes from fct_quote_frequency
),

stance as (
    select actor_id, outlet, day, sum(quotes) as quotes, sum(share) as total
    from fct_actor_stance
    group by actor_id, outlet, day
),

prominence as (
    select actor_id, outlet, day, sum(quotes) as quotes, sum(share) as total
    from fct_actor_prominence
    group by actor_id, outlet, day
)

select 'stance' as mix, frequency.actor_id, frequency.outlet, frequency.day
from frequency
left join stance using (actor_id, outlet, day)
where stance.quotes is distinct from frequency.quotes or abs(stance.total - 1) > 1e-9
union all
select 'prominence', frequency.actor_id, frequency.outlet, frequency.day
from frequency
left join prominence using (actor_id, outlet, day)
where prominence.quotes is distinct from frequency.quotes or abs(prominence.total - 1) > 1e-9
