-- Stores a new session unless a cap is reached; nothing held is ever evicted.
-- KEYS: session hash, all sessions (zset), the application's sessions (zset), the person's sessions with
--       the application (zset), the person's sessions with every application (zset); every zset scored by
--       reclaim-at ms ('+inf' for never)
-- ARGV: session digest, api key, uid, expires (Unix s, 0 never), secret ('' for none), reclaim-at ms or
--       '+inf', now ms, max held, max held per application
-- Returns 1 when created, 0 when refused.
local now = tonumber(ARGV[7])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[8]) or redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[9]) then
  return 0
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
local never = ARGV[6] == '+inf'
if not never and tonumber(ARGV[6]) <= now then
  return 1 -- past its grace already: nobody could ever see it, so it is not kept
end
redis.call('HSET', KEYS[1], 'app', ARGV[2], 'uid', ARGV[3], 'exp', ARGV[4])
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[1], 'secret', ARGV[5])
end
if not never then
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[6]) - now)
end
for i = 2, 5 do
  redis.call('ZADD', KEYS[i], ARGV[6], ARGV[1])
  local last = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
  if last[2] == 'inf' or last[2] == '+inf' then
    redis.call('PERSIST', KEYS[i])
  else
    redis.call('PEXPIRE', KEYS[i], tonumber(last[2]) - now)
  end
end
return 1
