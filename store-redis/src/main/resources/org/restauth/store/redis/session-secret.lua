-- The session's secret, setting the candidate if it has none; nil if the session is not live.
-- KEYS: session hash. ARGV: candidate secret, now (Unix s).
local s = redis.call('HMGET', KEYS[1], 'exp', 'secret')
if not s[1] then
  return false
end
local expires = tonumber(s[1])
if expires ~= 0 and tonumber(ARGV[2]) >= expires then
  return false
end
if s[2] then
  return s[2]
end
redis.call('HSET', KEYS[1], 'secret', ARGV[1])
return ARGV[1]
