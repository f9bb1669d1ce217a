-- Shared by the scripts that draw from a rate-limit bucket (prepended to them by LuaScript).
-- One token bucket shared by every node: up to burst calls at once, refilled at rate per second. Held as one
-- string "tokens:at ms" (a GET and a SET with its TTL: one call fewer than a hash and PEXPIRE).
-- Takes up to want permits, after putting back returned ones (a node's unused lease: never granted, so the
-- bucket is as if they had not been taken, capped at burst). Returns how many were taken (0 to want).
-- A bucket left alone until full again carries no information: Redis may reclaim it then (refillMs).
local function take(key, burst, rate, now, nowArg, refillMs, want, returned)
  local b = redis.call('GET', key)
  local available = burst
  if b then
    local colon = string.find(b, ':', 1, true)
    local elapsed = math.max(0, now - tonumber(string.sub(b, colon + 1))) / 1000
    available = math.min(burst, tonumber(string.sub(b, 1, colon - 1)) + elapsed * rate + returned)
  end
  local taken = math.max(0, math.min(want, math.floor(available)))
  available = available - taken
  redis.call('SET', key, tostring(available) .. ':' .. nowArg, 'PX', refillMs)
  return taken
end
