-- Stores a new ISSUED token unless a rate limit refuses the call or a cap on live tokens is reached;
-- nothing live is ever evicted.
-- KEYS: token hash, all live tokens (zset), the application's live tokens (zset), then the rate-limit
--   buckets to draw one call from first, in order (none for a plain create)
-- ARGV: token digest, api key, expires-at ms, now ms, max live, max live per application, then for each
--   bucket: burst, rate per second, ms until a drained bucket is full again
-- Returns 1 when created, 0 when a cap refused it, -1 when a bucket did (the buckets after it untouched).
-- Runs on every createToken: as few Redis calls as the checks allow (bench/README.md, "Redis store").
local now = tonumber(ARGV[4])
for i = 4, #KEYS do
  local a = 7 + (i - 4) * 3
  if not take(KEYS[i], tonumber(ARGV[a]), tonumber(ARGV[a + 1]), now, ARGV[4], ARGV[a + 2]) then
    return -1
  end
end
local expiresAt = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) or redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[6]) then
  return 0
end
local exp = redis.call('HGET', KEYS[1], 'exp')
if exp then
  if tonumber(exp) > now then
    return 0
  end
  redis.call('DEL', KEYS[1])
end
if expiresAt <= now then
  return 1 -- dead on arrival: nobody could ever see it, so it is not kept
end
local ttl = expiresAt - now
redis.call('HSET', KEYS[1], 'app', ARGV[2], 'state', 'ISSUED', 'uid', '0', 'exp', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ttl)
for i = 2, 3 do
  redis.call('ZADD', KEYS[i], expiresAt, ARGV[1])
  -- an index lives until its last entry expires: its TTL is only ever extended (a new index has none: -1),
  -- which spares looking up its last entry (PEXPIRE's GT option would need Redis 7)
  if redis.call('PTTL', KEYS[i]) < ttl then
    redis.call('PEXPIRE', KEYS[i], ttl)
  end
end
return 1
