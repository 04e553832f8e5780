-- The full-text index also answers the UNSPSC filter of a text search (SearchCriteria): the product's segment,
-- family, class and commodity codes are lexemes of search_vector, spelled 'unspsc 44' (a space, so that no word of a
-- query can ever be one of them, and ts_rank, which only looks at the query's own lexemes, ranks as before). A search
-- for "pen" in segment 44 then takes its matches from one index scan instead of reading every "pen" product to check
-- its code (benchmark catalog: facets 11.0 -> 2.9 ms, search 4.1 -> 2.2 ms; README, "Benchmark").
-- Rewrites the product table once.
DROP INDEX product_search_idx;
ALTER TABLE product DROP COLUMN search_vector;
ALTER TABLE product ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(supplier_part_id, '') || ' ' || coalesce(supplier_part_auxiliary_id, '')
                                   || ' ' || coalesce(manufacturer_part_id, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(manufacturer_name, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C') ||
    array_to_tsvector(array_remove(ARRAY['unspsc ' || left(unspsc, 2), 'unspsc ' || left(unspsc, 4),
                                         'unspsc ' || left(unspsc, 6), 'unspsc ' || unspsc], NULL))
) STORED;
-- Inserted and changed products go to the index's pending list first, and every search and facet count scans that
-- whole list until a vacuum, an analyze or a full list merges it. Under the default limit (4 MB) loading the
-- 100,000-product benchmark catalog left 132 pages there, and an import or edits below autovacuum's thresholds (10 %
-- of the products for an analyze) leave them until later changes cross those: a part-number search took 0.8-1.0 ms
-- instead of 0.05-0.27 ms. At the smallest limit (64 kB) at most about 8 pages stay pending; a bulk insert of 100,000
-- products took 1.1-1.4 times as long in paired runs.
CREATE INDEX product_search_idx ON product USING gin (search_vector) WITH (gin_pending_list_limit = 64);
