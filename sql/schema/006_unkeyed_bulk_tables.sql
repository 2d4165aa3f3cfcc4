-- The bulk tables lose their primary keys. Each key is an ART index that DuckDB keeps pinned in
-- memory once a commit touches it, and document ids are random hashes, so a 500-article commit
-- into a 1M-article warehouse pinned 70-200 MB per table (about 890 MB in all): the writer ran
-- out of its 1 GB buffer pool. The writer already stores only new ids (`presswatch.writer`),
-- re-analysis deletes before it inserts, and sql/checks/assert_keys_unique.sql returns the
-- duplicates if a key is ever broken. DuckDB cannot drop a key, so each table is rebuilt.

create table if not exists documents__new (
    doc_id varchar not null,
    origin varchar not null,
    source_kind varchar not null,
    content blob not null,
    encoding varchar,
    outlet varchar not null,
    url varchar,
    title varchar,
    published_utc timestamp,
    ingested_at timestamp not null
);
insert into documents__new by name select * from documents;
drop table documents;
alter table documents__new rename to documents;

create table if not exists articles__new (
    doc_id varchar not null,
    text varchar not null,
    title varchar,
    n_chars integer not null,
    n_words integer not null,
    analyzer_version varchar not null,
    analyzed_at timestamp not null
);
insert into articles__new by name select * from articles;
drop table articles;
alter table articles__new rename to articles;

create table if not exists blocks__new (
    doc_id varchar not null,
    block_no integer not null,
    start_char integer not null,
    end_char integer not null,
    kind varchar not null,
    content_group varchar not null,
    provider varchar,
    analyzer_version varchar not null
);
insert into blocks__new by name select * from blocks;
drop table blocks;
alter table blocks__new rename to blocks;

create table if not exists quotes__new (
    doc_id varchar not null,
    quote_no integer not null,
    start_char integer not null,
    end_char integer not null,
    text varchar not null,
    kind varchar not null,
    speaker varchar,
    speaker_surface varchar,
    actor_id varchar,
    cue varchar,
    stance varchar not null,
    paragraph integer not null,
    prominence varchar not null,
    words integer not null,
    confidence double not null,
    analyzer_version varchar not null
);
insert into quotes__new by name select * from quotes;
drop table quotes;
alter table quotes__new rename to quotes;

create table if not exists topic_scores__new (
    doc_id varchar not null,
    unit_no integer not null,
    content_group varchar not null,
    block_no integer,
    n_chars integer not null,
    label varchar not null,
    topic varchar not null,
    prob double not null,
    analyzer_version varchar not null
);
insert into topic_scores__new by name select * from topic_scores;
drop table topic_scores;
alter table topic_scores__new rename to topic_scores;

create table if not exists doc_meta__new (
    doc_id varchar not null,
    canonical_url varchar,
    domain varchar,
    author varchar,
    lang varchar not null,
    lang_share double not null,
    analysed boolean not null,
    wire_agency varchar,
    text_hash varchar not null,
    minhash blob,
    source varchar not null,
    minhash_version integer
);
insert into doc_meta__new by name select * from doc_meta;
drop table doc_meta;
alter table doc_meta__new rename to doc_meta;

create table if not exists doc_sources__new (
    doc_id varchar not null,
    source varchar not null,
    origin varchar not null,
    first_seen timestamp not null
);
insert into doc_sources__new by name select * from doc_sources;
drop table doc_sources;
alter table doc_sources__new rename to doc_sources;

create table if not exists story_members__new (
    doc_id varchar not null,
    story_id varchar not null,
    story_size integer not null,
    clustered_at timestamp not null
);
insert into story_members__new by name select * from story_members;
drop table story_members;
alter table story_members__new rename to story_members;
