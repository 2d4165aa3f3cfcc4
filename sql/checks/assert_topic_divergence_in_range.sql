-- Jensen-Shannon divergence (log base 2) lies in [0, 1], and the daily topic mix of each outlet x day
-- x content kind sums to 1.
select 'divergence' as problem, outlet, day, js_divergence as value
from fct_topic_divergence
where js_divergence < -1e-12 or js_divergence > 1 + 1e-12
union all
select 'daily mix', outlet, day, sum(share)
from fct_topic_mix_daily
group by outlet, day, content_kind
having abs(sum(share) - 1) > 1e-6
