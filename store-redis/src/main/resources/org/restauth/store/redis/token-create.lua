-- Stores a new ISSUED token unless a cap on live tokens is reached; nothing live is ever evicted.
-- KEYS: token, the live-token counter of all applications, the application's counter
-- ARGV: api key, expires-at ms, now ms, max live, max live per application
-- Returns 1 when created, 0 when a cap refused it.
local now = tonumber(ARGV[3])
local all, allLo, allHi = live(KEYS[2], now)
if all >= tonumber(ARGV[4]) then
  return 0
end
local app, appLo, appHi = live(KEYS[3], now)
if app >= tonumber(ARGV[5]) then
  return 0
end
local expiresAt = tonumber(ARGV[2])
local token = 'ISSUED:0:' .. ARGV[2] .. ':0:' .. ARGV[1]
local function created()
  local s = second(expiresAt)
  count(KEYS[2], allLo, allHi, s)
  count(KEYS[3], appLo, appHi, s)
  return 1
end
if expiresAt > now and redis.call('SET', KEYS[1], token, 'NX', 'PX', expiresAt - now) then
  return created()
end
-- taken (by a live token: refused; or by one expired by now, not yet by Redis's clock), or dead on arrival
local taken = redis.call('GET', KEYS[1])
if taken then
  local _, _, _, exp = fields(taken)
  if tonumber(exp) > now then
    return 0
  end
  redis.call('DEL', KEYS[1])
end
if expiresAt <= now then
  return 1 -- dead on arrival: nobody could ever see it, so it is neither kept nor counted
end
redis.call('SET', KEYS[1], token, 'PX', expiresAt - now)
return created()
