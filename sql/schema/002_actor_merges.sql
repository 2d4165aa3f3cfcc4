-- Actor merges: one actor folded into another (automatic name clustering or `presswatch actors
-- merge`), logged so that every merge can be undone exactly.

create sequence if not exists actor_merge_ids start 1;

create table if not exists actor_merges (
    merge_id integer primary key default nextval('actor_merge_ids'),
    from_actor_id varchar not null,      -- the actor whose quotes moved
    into_actor_id varchar not null,      -- the actor that received them
    reason varchar not null,             -- spelling | transliteration | initial | surname | manual
    method varchar not null,             -- auto (ingest clustering) | manual (CLI)
    created_at timestamp not null,
    undone_at timestamp                  -- set by unmerge; null while the merge is in force
);

-- The quotes each merge re-pointed, so unmerge moves back exactly these (the speaker guards
-- against a re-analysis that renumbered an article's quotes).
create table if not exists actor_merge_quotes (
    merge_id integer not null,
    doc_id varchar not null,
    quote_no integer not null,
    speaker varchar,
    primary key (merge_id, doc_id, quote_no)
);
