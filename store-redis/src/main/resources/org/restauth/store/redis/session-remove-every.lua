-- Ends every session of one person with every application, ended ones still in their grace too.
-- KEYS: the person's sessions with every application (zset), all sessions (zset)
-- ARGV: key prefix of a session hash, key prefix of an application's sessions, key prefix of a person's
--       sessions with an application, the uid. Index names are built here from each session's application;
--       they share the hash slot of KEYS (same hash tag), so this holds on Redis Cluster.
-- Returns how many sessions were held.
local ended = 0
for _, digest in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local key = ARGV[1] .. digest
  local app = redis.call('HGET', key, 'app')
  if app then
    redis.call('DEL', key)
    redis.call('ZREM', KEYS[2], digest)
    redis.call('ZREM', ARGV[2] .. app, digest)
    redis.call('ZREM', ARGV[3] .. ARGV[4] .. ':' .. app, digest)
    ended = ended + 1
  end
end
redis.call('DEL', KEYS[1])
return ended
