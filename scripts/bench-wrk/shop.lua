-- A shop page: GET as get.lua, but a page served from punchout-service's fallback cache (its "may be out of date"
-- notice, shown when the catalog call failed, timed out or found its circuit breaker open) counts as a failure: it
-- is not the real catalog-service behind the page. Arguments: paths-file
dofile("get.lua")
reject_text = 'id="stale"'
