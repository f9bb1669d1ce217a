-- One token bucket shared by every node: up to burst calls at once, refilled at rate per second.
-- KEYS: the bucket hash. ARGV: burst, rate per second, now ms, ms until a drained bucket is full again.
-- Returns 1 if the call may go ahead, else 0.
local burst = tonumber(ARGV[1])
local now = tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local available = burst
if b[1] then
  local elapsed = math.max(0, now - tonumber(b[2])) / 1000
  available = math.min(burst, tonumber(b[1]) + elapsed * tonumber(ARGV[2]))
end
local granted = 0
if available >= 1 then
  available = available - 1
  granted = 1
end
-- a bucket left alone until full again carries no information: let Redis reclaim it then
redis.call('HSET', KEYS[1], 'tokens', tostring(available), 'at', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return granted
