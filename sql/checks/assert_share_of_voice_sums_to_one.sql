-- Share of voice sums to 1 per outlet x day and per outlet x week, and attention (a share of all
-- quotes, unattributed included) lies in (0, share_of_voice].
select 'daily' as grain, outlet, cast(day as varchar) as cell, sum(share_of_voice) as total
from fct_share_of_voice
group by outlet, day
having abs(sum(share_of_voice) - 1) > 1e-9
union all
select 'weekly', outlet, cast(week as varchar), sum(share_of_voice)
from fct_share_of_voice_weekly
group by outlet, week
having abs(sum(share_of_voice) - 1) > 1e-9
union all
select 'attention', outlet, cast(day as varchar), attention
from fct_share_of_voice
where attention <= 0 or attention > share_of_voice + 1e-12
