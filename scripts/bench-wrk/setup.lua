-- POST PunchOutSetupRequest (create): every request a unique payloadID; the buyer user rotates over `users`
-- distinct UniqueNames, or is always the same one in "hot" mode. Arguments: template run-id users|hot
dofile("common.lua")
expect_text = 'code="200"'

local template, run_id, users, hot
local counter = 0
local stamp, stamp_at = nil, 0
local headers = {["Content-Type"] = "text/xml; charset=UTF-8"}

function init(args)
  local f = assert(io.open(args[1], "r"))
  template = f:read("*a")
  f:close()
  run_id = args[2]
  hot = args[3] == "hot"
  users = tonumber(args[3]) or 1000
end

function request()
  counter = counter + 1
  local now = os.time()
  if now ~= stamp_at then
    stamp = os.date("!%Y-%m-%dT%H:%M:%S+00:00", now)
    stamp_at = now
  end
  local payload = string.format("%s.%d.%d@bench.procurewire", run_id, tid, counter)
  local user = hot and "hot.user" or string.format("buyer.user.%d", (counter * 7 + tid * 131) % users)
  local body = string.format(template, payload, stamp, payload, user, user, user)
  return wrk.format("POST", nil, headers, body)
end
