-- Stores a new ISSUED token unless a rate limit refuses the call or a cap on live tokens is reached;
-- nothing live is ever evicted.
-- KEYS: token, the live-token counter of all applications, the application's counter, then the
--   rate-limit buckets to draw one call from first, in order (none for a plain create)
-- ARGV: api key, expires-at ms, now ms, max live, max live per application, then for each
--   bucket: burst, rate per second, ms until a drained bucket is full again
-- Returns 1 when created, 0 when a cap refused it, -1 when a bucket did (the buckets after it untouched).
-- Runs on every createToken: as few Redis calls as the checks allow (bench/README.md, "Redis store").
local now = tonumber(ARGV[3])
for i = 4, #KEYS do
  local a = 6 + (i - 4) * 3
  if not take(KEYS[i], tonumber(ARGV[a]), tonumber(ARGV[a + 1]), now, ARGV[3], ARGV[a + 2]) then
    return -1
  end
end
local all, allLo, allHi = live(KEYS[2], now)
if all >= tonumber(ARGV[4]) then
  return 0
end
local app, appLo, appHi = live(KEYS[3], now)
if app >= tonumber(ARGV[5]) then
  return 0
end
local expiresAt = tonumber(ARGV[2])
local token = 'ISSUED:0:' .. ARGV[2] .. ':' .. ARGV[1]
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
