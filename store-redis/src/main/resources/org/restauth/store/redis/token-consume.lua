-- Removes the token whatever its state and returns what it was: of concurrent callers exactly one gets it.
-- KEYS: token, the live-token counter of all applications. ARGV: key prefix of an application's counter.
-- The application's counter is named here because only the token knows its application; it shares the
-- hash slot of KEYS (same hash tag), so this holds on Redis Cluster too.
-- Returns {app, state, uid, expires-at ms, approved ms}, or an empty array if unknown.
local v = redis.call('GET', KEYS[1])
if not v then
  return {}
end
redis.call('DEL', KEYS[1])
local app, state, uid, exp, approved = fields(v)
local s = second(tonumber(exp))
uncount(KEYS[2], s)
uncount(ARGV[1] .. app, s)
return {app, state, uid, exp, approved}
