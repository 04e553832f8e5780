-- Product inserts and updates go to the full-text index's pending list first, and every search and facet count scans
-- that whole list until a vacuum, an analyze or a full list merges it. Under the default limit (4 MB) loading the
-- 100,000-product benchmark catalog left 132 pages there, and an import or edits below autovacuum's thresholds (10 %
-- of the products for an analyze) leave them for good: a part-number search took 0.8-1.0 ms instead of 0.05-0.15 ms.
-- At the smallest limit (64 kB) at most about 8 pages stay pending; a bulk insert of 100,000 products took 1.1-1.4
-- times as long in paired runs (README, "Benchmark").
ALTER INDEX product_search_idx SET (gin_pending_list_limit = 64);
