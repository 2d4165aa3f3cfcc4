-- The topic shares of each article's content kind sum to 1, and topic probabilities of a unit too.
select doc_id, content_kind, sum(share) as total
from fct_topic_mix
group by doc_id, content_kind
having abs(sum(share) - 1) > 1e-6
union all
select doc_id, content_group, sum(prob)
from topic_scores
group by doc_id, unit_no, content_group
having abs(sum(prob) - 1) > 1e-3
