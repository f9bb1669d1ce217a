-- Shared by the scripts that draw from a rate-limit bucket (prepended to them by LuaScript).
-- One token bucket shared by every node: up to burst calls at once, refilled at rate per second.
-- Returns true if the call may go ahead. A bucket left alone until full again carries no information:
-- Redis may reclaim it then (refillMs).
local function take(key, burst, rate, now, nowArg, refillMs)
  local b = redis.call('HMGET', key, 'tokens', 'at')
  local available = burst
  if b[1] then
    local elapsed = math.max(0, now - tonumber(b[2])) / 1000
    available = math.min(burst, tonumber(b[1]) + elapsed * rate)
  end
  local granted = available >= 1
  if granted then
    available = available - 1
  end
  redis.call('HSET', key, 'tokens', tostring(available), 'at', nowArg)
  redis.call('PEXPIRE', key, refillMs)
  return granted
end
