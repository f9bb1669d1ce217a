-- KEYS: the bucket hash. ARGV: burst, rate per second, now ms, ms until a drained bucket is full again.
-- Returns 1 if the call may go ahead, else 0.
if take(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[3], ARGV[4]) then
  return 1
end
return 0
