-- KEYS: the bucket. ARGV: burst, rate per second, now ms, ms until a drained bucket is full again,
-- permits wanted, permits returned. Returns how many permits were taken (0 to wanted).
return take(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[3], ARGV[4],
  tonumber(ARGV[5]), tonumber(ARGV[6]))
