-- Removes the token whatever its state and returns what it was: of concurrent callers exactly one gets it.
-- KEYS: token hash, all live tokens (zset). ARGV: token digest, key prefix of an application's live tokens.
-- The application's zset is named here because only the token knows its application; it shares the
-- hash slot of KEYS (same hash tag), so this holds on Redis Cluster too.
-- Returns {app, state, uid, expires-at ms}, or an empty array if unknown.
local t = redis.call('HMGET', KEYS[1], 'app', 'state', 'uid', 'exp')
if not t[1] then
  return {}
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', ARGV[2] .. t[1], ARGV[1])
return t
