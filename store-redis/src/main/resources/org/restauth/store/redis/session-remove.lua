-- Ends one session and drops it from every index.
-- KEYS: session hash, all sessions (zset). ARGV: session digest, key prefix of an application's sessions,
-- key prefix of a person's sessions with an application, key prefix of a person's sessions. The index names are built here because only the session knows its
-- application and uid; they share the hash slot of KEYS (same hash tag), so this holds on Redis Cluster.
-- Returns 1 if the session was held, else 0.
local s = redis.call('HMGET', KEYS[1], 'app', 'uid')
if not s[1] then
  return 0
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', ARGV[2] .. s[1], ARGV[1])
redis.call('ZREM', ARGV[3] .. s[2] .. ':' .. s[1], ARGV[1])
redis.call('ZREM', ARGV[4] .. s[2], ARGV[1])
return 1
