-- MinHash signatures are versioned: version 2 (numpy, multiply-add-shift over stable word hashes)
-- never compares with version 1 (datasketch affine32, stored as null). `rebuild_stories`
-- recomputes the signatures of older versions from the stored documents before clustering.

alter table doc_meta add column if not exists minhash_version integer;
