-- GET, rotating over the paths in a file (one a line), optionally with an Authorization header.
-- Arguments: paths-file [authorization]
dofile("common.lua")

local paths = {}
local headers = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  if args[2] ~= nil and args[2] ~= "" then headers["Authorization"] = args[2] end
  i = (tid or 0) * 7919
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
