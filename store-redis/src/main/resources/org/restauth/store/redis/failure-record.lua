-- KEYS: one key's failure hash. ARGV: now ms, max failures, window ms, first lockout ms, max lockout ms.
-- Counts one failure by the rules of core's FailureRecord (keep the two in step); returns the end of the
-- lock in ms if the key is locked now, else 0. Fields: f failures in the window, ws window start, n lockouts
-- in a row, lu end of the last lock, last the last failure. The hash lives until a window passes quietly.
local now = tonumber(ARGV[1])
local max, window = tonumber(ARGV[2]), tonumber(ARGV[3])
local first, maxLock = tonumber(ARGV[4]), tonumber(ARGV[5])
local v = redis.call('HMGET', KEYS[1], 'f', 'ws', 'n', 'lu', 'last')
local f, ws, n = tonumber(v[1]) or 0, tonumber(v[2]) or 0, tonumber(v[3]) or 0
local lu, last = tonumber(v[4]) or 0, tonumber(v[5]) or 0
if now >= math.max(last, lu) + window then
  f, ws, n, lu = 0, 0, 0, 0
end
if now < lu then
  return lu
end
if f == 0 or now - ws >= window then
  f, ws = 0, now
end
f, last = f + 1, now
if f >= max then
  n = n + 1
  local ms = first
  for _ = 2, n do
    if ms >= maxLock then break end
    ms = ms * 2
  end
  lu, f, ws = now + math.min(ms, maxLock), 0, 0
end
local function int(x) return string.format('%.0f', x) end
redis.call('HSET', KEYS[1], 'f', int(f), 'ws', int(ws), 'n', int(n), 'lu', int(lu), 'last', int(last))
redis.call('PEXPIRE', KEYS[1], int(math.max(last, lu) + window - now))
if now < lu then
  return lu
end
return 0
