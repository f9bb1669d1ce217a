-- Shared by the token scripts (prepended to them by LuaScript): live-token counters instead of indexes.
-- A counter hash holds, per second S (field "S"), how many tokens expire within (S-1 s, S s], their total ("n"),
-- a lower bound of the seconds held ("lo") and the last one ("hi"): the hash expires with it, when every token
-- it counts has expired. A token counts until the end of the second it expires in:
-- up to 1 s longer than it lives, never shorter, so a cap is never exceeded and nothing live is evicted.
-- Two HINCRBY on a small hash per create, where a sorted-set index cost a ZADD and a ZREMRANGEBYSCORE on
-- a set of every live token (bench/README.md, "Redis store").
local function second(ms)
  return math.ceil(ms / 1000)
end

-- Drops the seconds that ended by now; returns the live count, the lowest second possibly held and the last.
local function live(key, now)
  local h = redis.call('HMGET', key, 'n', 'lo', 'hi')
  local n, lo, hi = tonumber(h[1]) or 0, tonumber(h[2]), tonumber(h[3])
  local first = math.floor(now / 1000) + 1 -- a second S ended by now if S * 1000 <= now
  if lo == nil or lo >= first then
    return n, lo, hi
  end
  local dead = {}
  if first - lo <= 64 then
    for s = lo, first - 1 do
      dead[#dead + 1] = s
    end
  else -- idle for a while: look at every field instead of every second since
    for _, f in ipairs(redis.call('HKEYS', key)) do
      local s = tonumber(f)
      if s and s < first then
        dead[#dead + 1] = s
      end
    end
  end
  if #dead > 0 then
    for _, c in ipairs(redis.call('HMGET', key, unpack(dead))) do
      if c then
        n = n - tonumber(c)
      end
    end
    redis.call('HDEL', key, unpack(dead))
  end
  if n <= 0 then
    redis.call('DEL', key)
    return 0, nil, nil
  end
  redis.call('HSET', key, 'n', n, 'lo', first)
  return n, first, hi
end

local function count(key, lo, hi, s)
  redis.call('HINCRBY', key, s, 1)
  redis.call('HINCRBY', key, 'n', 1)
  if lo == nil or s < lo then
    redis.call('HSET', key, 'lo', s)
  end
  if hi == nil or s > hi then -- about once a second
    redis.call('HSET', key, 'hi', s)
    redis.call('PEXPIREAT', key, s * 1000)
  end
end

-- Only a token still counted is taken off: one whose second was already dropped is counted no more.
local function uncount(key, s)
  if redis.call('HEXISTS', key, s) == 1 then
    redis.call('HINCRBY', key, s, -1)
    redis.call('HINCRBY', key, 'n', -1)
  end
end
