-- Adds a person unless the email or the uid is taken; a uid of 0 asks for one above the highest held.
-- KEYS: the uids held (zset scored by uid), the email's index key (string holding the uid)
-- ARGV: uid or 0, key prefix of a person hash, then the hash's field/value pairs
-- Returns the uid when added, -1 if the email is taken, -2 if the uid is, -3 if no uid below 2^31 is left.
if redis.call('EXISTS', KEYS[2]) == 1 then
  return -1
end
local uid = tonumber(ARGV[1])
if uid == 0 then
  local highest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
  uid = math.max(1001, (tonumber(highest[2]) or 0) + 1)
  if uid > 2147483647 then
    return -3
  end
elseif redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  return -2
end
local fields = {}
for i = 3, #ARGV do
  fields[#fields + 1] = ARGV[i]
end
redis.call('HSET', ARGV[2] .. uid, unpack(fields))
redis.call('ZADD', KEYS[1], uid, uid)
redis.call('SET', KEYS[2], uid)
return uid
