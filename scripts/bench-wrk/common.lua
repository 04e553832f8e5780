-- Shared by the bench scripts: per-thread failure counting and one machine-readable result line.
-- A response fails when its HTTP status is not `expect_status`, its body lacks `expect_text` (when set) or contains
-- `reject_text` (when set).
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

failures = 0
expect_status = 200
expect_text = nil
reject_text = nil
first_failure = nil

function response(status, headers, body)
  if status ~= expect_status or (expect_text ~= nil and not string.find(body, expect_text, 1, true))
      or (reject_text ~= nil and string.find(body, reject_text, 1, true)) then
    failures = failures + 1
    if first_failure == nil then
      first_failure = status .. " " .. string.sub(body or "", 1, 300)
    end
  end
end

function done(summary, latency, requests)
  local failed = 0
  local sample = ""
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("failures") or 0)
    local f = thread:get("first_failure")
    if f ~= nil and sample == "" then sample = f end
  end
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d failed=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), failed,
    e.connect + e.read + e.write + e.timeout))
  if sample ~= "" then
    io.write("BENCH-FIRST-FAILURE " .. string.gsub(sample, "\n", " ") .. "\n")
  end
end
