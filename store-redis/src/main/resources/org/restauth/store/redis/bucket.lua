-- Shared by the scripts that draw from a rate-limit bucket (prepended to them by LuaScript).
-- One token bucket shared by every node: up to burst calls at once, refilled at rate per second. Held as one
-- string "tokens:at ms" (a GET and a SET with its TTL: one call fewer than a hash and PEXPIRE).
-- Returns true if the call may go ahead. A bucket left alone until full again carries no information:
-- Redis may reclaim it then (refillMs).
local function take(key, burst, rate, now, nowArg, refillMs)
  local b = redis.call('GET', key)
  local available = burst
  if b then
    local colon = string.find(b, ':', 1, true)
    local elapsed = math.max(0, now - tonumber(string.sub(b, colon + 1))) / 1000
    available = math.min(burst, tonumber(string.sub(b, 1, colon - 1)) + elapsed * rate)
  end
  local granted = available >= 1
  if granted then
    available = available - 1
  end
  redis.call('SET', key, tostring(available) .. ':' .. nowArg, 'PX', refillMs)
  return granted
end
