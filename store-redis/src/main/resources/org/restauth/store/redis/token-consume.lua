-- Removes the token whatever its state and returns what it was: of concurrent callers exactly one gets it.
-- KEYS: token hash, the live-token counter of all applications. ARGV: key prefix of an application's counter.
-- The application's counter is named here because only the token knows its application; it shares the
-- hash slot of KEYS (same hash tag), so this holds on Redis Cluster too.
-- Returns {app, state, uid, expires-at ms}, or an empty array if unknown.
local t = redis.call('HMGET', KEYS[1], 'app', 'state', 'uid', 'exp')
if not t[1] then
  return {}
end
redis.call('DEL', KEYS[1])
local s = second(tonumber(t[4]))
uncount(KEYS[2], s)
uncount(ARGV[1] .. t[1], s)
return t
