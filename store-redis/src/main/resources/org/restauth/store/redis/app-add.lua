-- Adds an application unless its api key is taken. KEYS: the application hash, the api keys held (zset,
-- all scored 0 so that they list in key order). ARGV: the api key, then the hash's field/value pairs.
-- Returns 1 when added, 0 when the key is taken.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
local fields = {}
for i = 2, #ARGV do
  fields[#fields + 1] = ARGV[i]
end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('ZADD', KEYS[2], 0, ARGV[1])
return 1
