-- Ends every live session of one person with one application; sessions already expired are left to
-- answer 450 until their grace ends.
-- KEYS: the person's sessions with the application (zset), all sessions (zset), the application's sessions (zset),
--       the person's sessions with every application (zset)
-- ARGV: now (Unix s), key prefix of a session hash (same hash tag as KEYS)
-- Returns how many live sessions were ended.
local now = tonumber(ARGV[1])
local ended = 0
for _, digest in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local key = ARGV[2] .. digest
  local expires = redis.call('HGET', key, 'exp')
  if not expires then
    redis.call('ZREM', KEYS[1], digest)
  elseif expires == '0' or tonumber(expires) > now then
    redis.call('DEL', key)
    for i = 1, 4 do
      redis.call('ZREM', KEYS[i], digest)
    end
    ended = ended + 1
  end
end
return ended
