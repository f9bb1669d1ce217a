-- Makes every live session of one person with one application never expire (offline_access was granted).
-- KEYS: the person's sessions with the application (zset), all sessions (zset), the application's sessions (zset)
-- ARGV: now (Unix s), key prefix of a session hash (same hash tag as KEYS)
-- Returns how many sessions were changed.
local now = tonumber(ARGV[1])
local changed = 0
for _, digest in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local key = ARGV[2] .. digest
  local expires = redis.call('HGET', key, 'exp')
  if expires and (expires == '0' or tonumber(expires) > now) then
    redis.call('HSET', key, 'exp', '0')
    redis.call('PERSIST', key)
    for i = 1, 3 do
      redis.call('ZADD', KEYS[i], '+inf', digest)
      redis.call('PERSIST', KEYS[i])
    end
    changed = changed + 1
  end
end
return changed
