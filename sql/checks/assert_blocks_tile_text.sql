-- Blocks of an article are contiguous, do not overlap and cover its whole text.
with ordered as (
    select
        blocks.doc_id,
        blocks.start_char,
        blocks.end_char,
        lag(blocks.end_char, 1, 0) over (partition by blocks.doc_id order by blocks.start_char)
            as previous_end,
    from blocks
),

gaps as (
    select doc_id, 'gap or overlap' as problem from ordered where start_char <> previous_end
),

coverage as (
    select articles.doc_id, 'does not reach the end' as problem
    from articles
    left join blocks on blocks.doc_id = articles.doc_id
    group by articles.doc_id, articles.n_chars
    having coalesce(max(blocks.end_char), 0) <> articles.n_chars
)

select * from gaps
union all
select * from coverage
